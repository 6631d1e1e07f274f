#!/usr/bin/env bash
# Generic write path against stock HAPI (prints figures; not a test). The shared load client's
# 13-resource transaction (../shared/bench/notification-transaction-load.py: a new child each request,
# conditional create of the Patient) on fresh PostgreSQL databases, the same JVM options, one server
# after another in one run:
#   stock    HAPI FHIR JPA with this server's storage, REST and Hibernate settings and nothing of
#            ours (bench.StockHapiServer, from the test classes)
#   open     cdr-fhir, bench profile, access control and audit off
# each at 8 then 1 clients; then the medians, and cdr-fhir's throughput over stock's. (Not cdr-fhir
# as deployed: its access rules let no role write this payload, the CDR Manager no Organization, the
# administrator no Patient; bench/intake.sh measures access control and audit on notifications.)
#
#   bench/write-path.sh [duration-seconds-per-repeat] [repeats] [warm-up-requests]
# The warm-up defaults to 2,000 requests per server: after 300, cdr-fhir (the larger application) was
# still being compiled by the JIT and measured 0.90 of stock; after 2,000, 1.30 (bench/RESULTS.md).
# Environment: SERVERS (default "stock open"; a name twice runs it twice, e.g. "stock open stock open"
# to interleave), JAR (default target/cdr-fhir.jar; JAR_B and the server "open-b" run a second build
# in the same run, for before/after). Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20}
repeats=${2:-3}
warmup=${3:-2000}
servers=${SERVERS:-stock open}
jar=${JAR:-target/cdr-fhir.jar}
port=${PORT:-18091}
client=$(cd ../shared/bench && pwd)/notification-transaction-load.py
work=$(mktemp -d)
base="http://127.0.0.1:$port/fhir"
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

[ -f "$jar" ] || mvn -o -q -B -DskipTests package
mvn -o -q -B -DskipTests test-compile
mvn -o -q -B dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=test >/dev/null

start() { # label java-arguments...
  local label=$1 db="cdr_write_${1//-/_}_$$_${#databases[@]}"
  shift
  databases+=("$db")
  psql -q -h 127.0.0.1 -U postgres -c "create database $db" postgres
  # shellcheck disable=SC2046
  CDR_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" CDR_DB_USER=postgres \
    java $(cat bench/jvm-options) -Dserver.port="$port" "$@" >"$work/server-$db.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/metadata")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/server-$db.log"; exit 1; }
    sleep 1
  done
  echo "$label ready $(date -u +%H:%M:%S); machine load: $(cut -d' ' -f1-3 /proc/loadavg)"
}

load() { # label clients warm-up [client options...]
  local label=$1 clients=$2 warm=$3
  shift 3
  (cd "$work" && python3 "$client" --base "$base" --clients "$clients" --warmup "$warm" --repeats "$repeats" \
    --duration "$duration" --server-pid "$pid" --label "$label" --out "$work/results.jsonl" "$@" >/dev/null)
}

measure() { # label [client options...]
  local label=$1
  shift
  load "$label-8" 8 "$warmup" "$@"
  load "$label-1" 1 20 "$@"
  stop_server
}

for server in $servers; do
  case $server in
    stock)
      SPRING_PROFILES_ACTIVE=postgres start stock -cp "target/test-classes:target/classes:$(cat "$work/classpath")" \
        bench.StockHapiServer
      measure stock ;;
    open | open-b)
      SPRING_PROFILES_ACTIVE=postgres,dev,bench start "$server" -Dcdr.security.enabled=false \
        -jar "$([ "$server" = open ] && echo "$jar" || echo "$JAR_B")"
      measure "$server" ;;
    *) echo "unknown server $server" >&2; exit 2 ;;
  esac
done
echo "finished $(date -u +%H:%M:%S); machine load: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$work/results.jsonl" $servers <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
servers = list(dict.fromkeys(sys.argv[2:]))
def values(label, key):
    return [r[key] for r in rows if r["label"] == label]
def med(label, key):
    v = values(label, key)
    return statistics.median(v) if v else float("nan")
def cpu(label):  # server CPU per request, ms (JIT and GC included)
    v = [1000 * r["java_cores"] / r["req_s"] for r in rows if r["label"] == label and r["req_s"]]
    return statistics.median(v) if v else float("nan")
for server in servers:
    for clients in (8, 1):
        label = f"{server}-{clients}"
        print(f"{label:12s} p50 {med(label,'p50'):7.1f} ms  p95 {med(label,'p95'):7.1f} ms  {med(label,'req_s'):6.1f}/s "
              f"(repeats {', '.join(str(v) for v in values(label, 'req_s'))})  server CPU {cpu(label):5.1f} ms each  "
              f"PostgreSQL {med(label,'pg_cores'):.2f} cores  errors {med(label,'errors')}")
if "stock" in servers:
    for server in servers:
        if server != "stock":
            print(f"{server} / stock at 8 clients: throughput {med(server+'-8','req_s')/med('stock-8','req_s'):.2f} "
                  f"(target >= 1.0), server CPU each {cpu(server+'-8')/cpu('stock-8'):.2f}; "
                  f"1 client p50 {med(server+'-1','p50')/med('stock-1','p50'):.2f}")
PY
