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
source "$(dirname "$0")/lib.sh"
duration=${1:-30}
repeats=${2:-3}
warmup=${3:-300}
port=${PORT:-18090}
base="http://127.0.0.1:$port/fhir"
pid=

start() { # database-name profiles [extra java args...]
  create_database "$1"
  BENCH_PROFILES=$2 start_server pid "$1" "$port" "${@:3}"
  wait_ready "$pid" "$port"
  echo "server ready ($2 ${*:3}); machine load: $(cut -d' ' -f1-3 /proc/loadavg)"
}

run() { # label clients warm-up [load-client options...]
  local label=$1 clients=$2 warm=$3
  shift 3
  python3 bench/notifications-load.py --dir "$work/notifications" --base "$base" --clients "$clients" \
    --warmup "$warm" --repeats "$repeats" --duration "$duration" --server-pid "$pid" --label "$label" \
    --out "$work/results.jsonl" "$@" >/dev/null
}

generate_notifications 200

start "cdr_bench_$$" postgres,dev
epr="Bearer $(token "$port" demo-epr-bedford-hospital demo-epr-secret 'system/Bundle.c system/Bundle.rs')"
run doc8 8 "$warmup" --auth "$epr"
run doc1 1 20 --auth "$epr"
stop_server "$pid"

start "cdr_bench_open_$$" postgres,dev,bench -Dcdr.security.enabled=false
run open8 8 "$warmup"
run open1 1 20
run plain8 8 "$warmup" --plain-transaction
run plain1 1 20 --plain-transaction
stop_server "$pid"

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
