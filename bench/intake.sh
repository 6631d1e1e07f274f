#!/usr/bin/env bash
# Intake benchmark on PostgreSQL (prints figures; not a test). In one run, against one server:
#   notification documents (POST /Bundle: validation, deduplication, case, routing, tasks) with 1 and
#   8 concurrent clients, and the same resources as a plain FHIR transaction (no profiles, no
#   routing) with 1 and 8 clients, for the ratio. Medians of the repeats, after a warm-up.
#
#   bench/intake.sh [duration-seconds-per-repeat] [repeats]
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth), python3, the packaged jar.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-30}
repeats=${2:-3}
port=${PORT:-18090}
db="cdr_bench_$$"
work=$(mktemp -d)
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db with (force)" postgres >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

[ -f target/cdr-fhir.jar ] || mvn -q -B -DskipTests package
java -cp target/cdr-fhir.jar -Dloader.main=uk.org.cdrfhir.intake.synthetic.GenerateNotifications \
  org.springframework.boot.loader.launch.PropertiesLauncher --count 200 --years 3 --seed 7 --out "$work/notifications" \
  2>/dev/null | grep -E "^Wrote"
psql -q -h 127.0.0.1 -U postgres -c "create database $db" postgres

# shellcheck disable=SC2046
SPRING_PROFILES_ACTIVE=postgres CDR_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" CDR_DB_USER=postgres \
  java $(cat bench/jvm-options) -Dserver.port="$port" -jar target/cdr-fhir.jar >"$work/server.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port/fhir"
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/metadata")" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/server.log"; exit 1; }
  sleep 1
done
echo "server ready; machine load: $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # label clients [mode]
  python3 bench/notifications-load.py --dir "$work/notifications" --base "$base" --clients "$2" \
    --warmup 100 --repeats "$repeats" --duration "$duration" --server-pid "$pid" --label "$1" \
    --out "$work/results.jsonl" ${3:-} >/dev/null
}
run doc1 1
run doc8 8
run plain1 1 --plain-transaction
run plain8 8 --plain-transaction

python3 - "$work/results.jsonl" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
def med(label, key):
    values = [r[key] for r in rows if r.get("label") == label]
    return statistics.median(values) if values else float("nan")
for label in ("doc1", "doc8", "plain1", "plain8"):
    print(f"{label:7s} p50 {med(label,'p50'):7.1f} ms  p95 {med(label,'p95'):7.1f} ms  "
          f"p99 {med(label,'p99'):7.1f} ms  {med(label,'req_s'):6.1f}/s  errors {med(label,'errors')}")
print(f"throughput at 8 clients, notifications / plain transactions: {med('doc8','req_s')/med('plain8','req_s'):.2f} (target >= 0.6)")
print("targets: 1 client p50 <= 30 ms; 8 clients >= 55/s with p95 <= 200 ms")
PY
