#!/usr/bin/env bash
# Intake benchmark on PostgreSQL (prints figures; not a test). In one run:
#   server A, as deployed (tokens, access rules, audit): notification documents (POST /Bundle:
#   validation, deduplication, case, routing, tasks) with 1 and 8 concurrent clients as the demo EPR;
#   server B, the same build with access control and audit switched off (bench profile only): the
#   same documents with 1 and 8 clients, for the cost of authentication, authorization and audit,
#   and the same resources as a plain FHIR transaction (no profiles, no routing, no audit: HAPI's
#   own write path) with 1 and 8 clients, for the ratio.
# Medians of the repeats, after a warm-up (each server's 8-client phase warms it first: on a slow
# machine the JIT is still compiling after a few hundred notifications, so give more).
#
#   bench/intake.sh [duration-seconds-per-repeat] [repeats] [warm-up-requests]
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth), python3, the packaged jar (JAR, default
# target/cdr-fhir.jar: another build, e.g. for before and after).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-30}
repeats=${2:-3}
warmup=${3:-300}
port=${PORT:-18090}
jar=${JAR:-target/cdr-fhir.jar}
work=$(mktemp -d)
pid=
databases=()
stop_server() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; fi
  pid=
}
cleanup() {
  stop_server
  for db in "${databases[@]}"; do
    psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db with (force)" postgres >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

start_server() { # database-name profiles [extra java args...]
  local db=$1 profiles=$2
  shift 2
  databases+=("$db")
  psql -q -h 127.0.0.1 -U postgres -c "create database $db" postgres
  # shellcheck disable=SC2046
  SPRING_PROFILES_ACTIVE=$profiles CDR_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" CDR_DB_USER=postgres \
    java $(cat bench/jvm-options) -Dserver.port="$port" \
    -Dcdr.security.embedded-authorization-server.token-lifetime=3h "$@" \
    -jar "$jar" >"$work/server-$db.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/metadata")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/server-$db.log"; exit 1; }
    sleep 1
  done
  echo "server ready ($profiles $*); machine load: $(cut -d' ' -f1-3 /proc/loadavg)"
}

token() { # client-id secret scope: a demo token from the embedded authorization server
  curl -sf -u "$1:$2" -d grant_type=client_credentials --data-urlencode "scope=$3" \
    "http://127.0.0.1:$port/oauth2/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

run() { # label clients warm-up [load-client options...]
  local label=$1 clients=$2 warm=$3
  shift 3
  python3 bench/notifications-load.py --dir "$work/notifications" --base "$base" --clients "$clients" \
    --warmup "$warm" --repeats "$repeats" --duration "$duration" --server-pid "$pid" --label "$label" \
    --out "$work/results.jsonl" "$@" >/dev/null
}

[ -f "$jar" ] || mvn -q -B -DskipTests package
java -cp "$jar" -Dloader.main=uk.org.cdrfhir.synthetic.GenerateNotifications \
  org.springframework.boot.loader.launch.PropertiesLauncher --count 200 --years 3 --seed 7 --out "$work/notifications" \
  2>/dev/null | grep -E "^Wrote"
base="http://127.0.0.1:$port/fhir"

start_server "cdr_bench_$$" postgres,dev
epr="Bearer $(token demo-epr-bedford-hospital demo-epr-secret 'system/Bundle.c system/Bundle.rs')"
run doc8 8 "$warmup" --auth "$epr"
run doc1 1 20 --auth "$epr"
stop_server

start_server "cdr_bench_open_$$" postgres,dev,bench -Dcdr.security.enabled=false
run open8 8 "$warmup"
run open1 1 20
run plain8 8 "$warmup" --plain-transaction
run plain1 1 20 --plain-transaction
stop_server

python3 - "$work/results.jsonl" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
def med(label, key):
    values = [r[key] for r in rows if r.get("label") == label]
    return statistics.median(values) if values else float("nan")
for label in ("doc1", "doc8", "plain1", "plain8", "open1", "open8"):
    cpu = statistics.median([1000 * r["java_cores"] / r["req_s"] for r in rows if r.get("label") == label and r["req_s"]] or [float("nan")])
    print(f"{label:7s} p50 {med(label,'p50'):7.1f} ms  p95 {med(label,'p95'):7.1f} ms  "
          f"p99 {med(label,'p99'):7.1f} ms  {med(label,'req_s'):6.1f}/s  server CPU {cpu:6.1f} ms each  errors {med(label,'errors')}")
print(f"throughput at 8 clients, notifications / plain transactions: {med('doc8','req_s')/med('plain8','req_s'):.2f} (target >= 0.6)")
print("targets: 1 client p50 <= 30 ms; 8 clients >= 55/s with p95 <= 200 ms")
print(f"added by authentication, authorization and audit (doc1 - open1, p50): {med('doc1','p50')-med('open1','p50'):.1f} ms "
      f"(target < 10 ms); at 8 clients p50 {med('doc8','p50')-med('open8','p50'):.1f} ms, "
      f"throughput {med('doc8','req_s'):.1f}/s with vs {med('open8','req_s'):.1f}/s without")
PY
