#!/usr/bin/env bash
# Start-up benchmark: starts the packaged server N times (default 5), each on a fresh embedded H2
# database, and prints the seconds to the first 200 from /fhir/metadata, the CPU seconds the server
# used until then (steadier than wall time on a shared machine) and the RSS after a smoke test
# (create, read, search), then the medians. Not a test: it prints figures.
#
#   bench/startup.sh [runs]            uses target/cdr-fhir.jar (mvn -DskipTests package first)
#   JAVA_OPTS="..." bench/startup.sh   try other JVM options (default: the documented ones)
#   JAR=app/cdr-fhir.jar JAVA_OPTS="-XX:SharedArchiveFile=cdr-fhir.jsa ..." bench/startup.sh
#                                      the extracted jar with its class-data archive
#                                      (docker/class-data-archive.sh); started from the jar's directory
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${PORT:-18080}
jar=${JAR:-target/cdr-fhir.jar}
[ -f "$jar" ] || { echo "no $jar: run 'mvn -DskipTests package' first" >&2; exit 1; }
# shellcheck disable=SC2206
opts=(${JAVA_OPTS:-$(cat bench/jvm-options)})

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
pid=

jar_dir=$(cd "$(dirname "$jar")" && pwd)
jar_name=$(basename "$jar")

base="http://127.0.0.1:$port/fhir"
seconds=(); cpu=(); rss=()
ticks=$(getconf CLK_TCK)
for i in $(seq 1 "$runs"); do
  data="$work/data-$i"
  start=$(date +%s.%N)
  (cd "$jar_dir" && CDR_DATA_DIR="$data" exec java "${opts[@]}" -Dserver.port="$port" -jar "$jar_name") >"$work/run-$i.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/metadata")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "server exited; log:" >&2; tail -n 40 "$work/run-$i.log" >&2; exit 1; }
    sleep 0.1
  done
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  used=$(awk -v t="$ticks" '{print ($14 + $15) / t}' "/proc/$pid/stat")
  # smoke test: what a first client does (a demo token from the embedded authorization server)
  token=$(curl -sf -u demo-cdr-manager-system:demo-manager-secret -d grant_type=client_credentials \
    --data-urlencode 'scope=system/*.cruds' "http://127.0.0.1:$port/oauth2/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  auth="Authorization: Bearer $token"
  id=$(curl -s -X POST -H "$auth" -H 'Content-Type: application/fhir+json' "$base/Patient" \
    -d '{"resourceType":"Patient","name":[{"family":"Smoke"}],"gender":"female","birthDate":"2020-01-01"}' \
    | sed -E 's/.*"id":"([^"]+)".*/\1/')
  curl -sf -o /dev/null -H "$auth" "$base/Patient/$id"
  curl -sf -o /dev/null -H "$auth" "$base/Patient?name=Smoke"
  kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  printf 'run %d: ready in %.1f s (%.1f s CPU), RSS after smoke test %d MB\n' "$i" "$ready" "$used" $((kb / 1024))
  seconds+=("$ready"); cpu+=("$used"); rss+=("$((kb / 1024))")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "JVM options: ${opts[*]}"
printf 'median of %d: ready in %.1f s (target <= 20 s; %.1f s CPU), RSS %d MB (target <= 700 MB)\n' \
  "$runs" "$(median "${seconds[@]}")" "$(median "${cpu[@]}")" "$(median "${rss[@]}")"
