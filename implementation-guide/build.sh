#!/usr/bin/env bash
# Builds the cdr-fhir implementation guide offline and regenerates <repo>/profiles/.
#
#   bash implementation-guide/build.sh        (from any directory)
#
# Steps:
#   1. `npm ci` when node_modules/ is missing or package-lock.json changed (fsh-sushi, fhirpath, and the R4 core definitions, which the
#      npm registry only carries as hl7.fhir.r4.examples@4.0.1: package.json aliases it).
#   2. Seed an offline FHIR package cache in implementation-guide/.fhir-cache/.fhir/packages/ with
#      hl7.fhir.r4.core#4.0.1 (the alias above, renamed). No FHIR package registry is needed.
#   3. Run SUSHI with HOME pointing at that cache and snapshots on (-s); any error fails the build.
#   4. Regenerate <repo>/profiles/ from scratch (scripts/package-profiles.js):
#        profiles/package/package.json            FHIR package manifest
#        profiles/package/<Type>-<id>.json        conformance resources (with snapshots)
#        profiles/package/example/<Type>-<id>.json example instances
#        profiles/pages/*.md                      copies of input/pagecontent
#        profiles/invalid-examples/               copy of input/invalid-examples
#        profiles/sources.sha256                  hash of the sources (below)
#   5. Check the examples against our invariants with fhirpath.js, and the invalid examples' patches
#      (scripts/check-invariants.js).
#
# profiles/sources.sha256 holds one line: the lowercase hex SHA-256 computed exactly like this
# (scripts/source-hash.js implements it; the Java build recomputes it to detect a stale profiles/):
#   take every regular file under implementation-guide/input/ plus implementation-guide/sushi-config.yaml,
#   as paths relative to implementation-guide/ with '/' separators, sorted by plain byte order of the
#   path string (UTF-8); for each, feed the digest the path's UTF-8 bytes, one '\n', the raw file
#   bytes, one '\n'.
set -euo pipefail

IG_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$IG_DIR/.." && pwd)"
CACHE_HOME="$IG_DIR/.fhir-cache"
PACKAGES="$CACHE_HOME/.fhir/packages"

cd "$IG_DIR"

# 1. Node dependencies (again when package-lock.json changed since the last install)
if [ ! -d node_modules ] || ! cmp -s package-lock.json node_modules/.cdr-installed-lock.json; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.cdr-installed-lock.json
fi

# 2. Offline FHIR package cache
seed_package() { # seed_package <node_modules dir> <fhir package id> <version>
  local src="$1" id="$2" version="$3"
  local dst="$PACKAGES/$id#$version/package"
  if [ -f "$dst/package.json" ] && [ -f "$dst/.seeded" ]; then
    return 0
  fi
  echo "== seeding $id#$version into $PACKAGES"
  rm -rf "$PACKAGES/$id#$version"
  mkdir -p "$dst"
  # conformance resources only: the examples in the npm package are not needed
  find "$src" -maxdepth 1 -type f \( -name 'StructureDefinition-*.json' -o -name 'ValueSet-*.json' \
      -o -name 'CodeSystem-*.json' -o -name 'SearchParameter-*.json' -o -name 'OperationDefinition-*.json' \
      -o -name 'CapabilityStatement-*.json' -o -name 'ConceptMap-*.json' -o -name 'NamingSystem-*.json' \
      -o -name 'CompartmentDefinition-*.json' -o -name 'StructureMap-*.json' \) \
      -exec cp -t "$dst" {} +
  node -e '
    const fs = require("fs");
    const [src, dst, id, version] = process.argv.slice(1);
    const p = JSON.parse(fs.readFileSync(src + "/package.json", "utf8"));
    p.name = id; p.version = version; p.type = "fhir.core";
    fs.writeFileSync(dst + "/package.json", JSON.stringify(p, null, 2) + "\n");
  ' "$src" "$dst" "$id" "$version"
  touch "$dst/.seeded"
}
seed_package "$IG_DIR/node_modules/hl7.fhir.r4.core" "hl7.fhir.r4.core" "4.0.1"

# 3. SUSHI (HOME only for this command, so ~/.m2 and ~/.npm stay where they are)
echo "== sushi build -s"
rm -rf "$IG_DIR/fsh-generated"
start=$(date +%s)
if ! HOME="$CACHE_HOME" "$IG_DIR/node_modules/.bin/sushi" build -s "$IG_DIR" 2>&1 | tee "$IG_DIR/.fhir-cache/sushi.log"; then
  echo "SUSHI failed" >&2
  exit 1
fi
errors=$(grep -oE '[0-9]+ Errors?' "$IG_DIR/.fhir-cache/sushi.log" | tail -1 | grep -oE '^[0-9]+' || true)
if [ -n "$errors" ] && [ "$errors" != "0" ]; then
  echo "SUSHI reported $errors error(s)" >&2
  exit 1
fi
echo "== sushi took $(( $(date +%s) - start )) s"

# 4. profiles/
echo "== regenerating $REPO_DIR/profiles"
node "$IG_DIR/scripts/package-profiles.js" "$IG_DIR" "$REPO_DIR/profiles"

# 5. Offline sanity check: cdr-* invariants hold on the examples (fhirpath.js), invalid-example patches
#    apply and break the invariant they name. The HAPI validator remains the reference.
echo "== checking invariants and invalid examples"
node "$IG_DIR/scripts/check-invariants.js" "$REPO_DIR/profiles"
echo "== done"
