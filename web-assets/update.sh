#!/usr/bin/env bash
# Fetches the web UI's third-party assets with npm and copies them into the Java build, where they
# are committed (like profiles/), so building and running the server needs no Node.js:
#
#   bash web-assets/update.sh        (from any directory)
#
#   nhsuk-frontend (NHS.UK design system)  compiled CSS and JS  -> src/main/resources/static/nhsuk/
#                                          its assets (icons)   -> src/main/resources/static/assets/
#                                            (the CSS refers to them as /assets/images/...)
#   axe-core (accessibility checks run by the browser tests)    -> src/test/resources/axe/
#
# Each package's licence is copied beside its files. The versions are pinned in package.json and
# package-lock.json; to move them, change package.json, run this script and commit what changed.
#
# web-assets/assets.sha256 records the versions installed and the SHA-256 of every copied file;
# WebAssetsFreshnessTest (Java, no Node.js) fails when the copies or the pinned versions no longer
# match it, and .ci/run runs this script and fails when it changes anything in git.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
STATIC="$REPO/src/main/resources/static"
AXE="$REPO/src/test/resources/axe"

cd "$HERE"
npm ci --no-audit --no-fund --ignore-scripts
NHSUK="$HERE/node_modules/nhsuk-frontend"
AXE_CORE="$HERE/node_modules/axe-core"

rm -rf "$STATIC/nhsuk" "$STATIC/assets" "$AXE"
mkdir -p "$STATIC/nhsuk" "$STATIC/assets" "$AXE"
cp "$NHSUK/dist/nhsuk/nhsuk-frontend.min.css" "$NHSUK/dist/nhsuk/nhsuk-frontend.min.js" "$STATIC/nhsuk/"
cp -R "$NHSUK/dist/nhsuk/assets/." "$STATIC/assets/"
# the package ships no licence file: its README's licence section and package.json (MIT) say it
cp "$NHSUK/README.md" "$STATIC/nhsuk/README.md"
cp "$NHSUK/package.json" "$STATIC/nhsuk/package.json"
cp "$AXE_CORE/axe.min.js" "$AXE_CORE/LICENSE" "$AXE_CORE/LICENSE-3RD-PARTY.txt" "$AXE/"

# the record WebAssetsFreshnessTest checks: "<package> <version>" lines, then "<sha256>  <path>"
# lines (paths relative to the repository, sorted by byte order)
{
  for package in nhsuk-frontend axe-core; do
    echo "$package $(node -p "require('./node_modules/$package/package.json').version")"
  done
  cd "$REPO"
  find src/main/resources/static/nhsuk src/main/resources/static/assets src/test/resources/axe -type f \
    | LC_ALL=C sort | xargs sha256sum
} > "$HERE/assets.sha256"
echo "== web assets copied; record in web-assets/assets.sha256"
