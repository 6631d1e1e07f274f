#!/usr/bin/env bash
# PostgreSQL restarted during intake (prints counts; exits 1 when something was lost, doubled or
# half-stored, or readiness did not go down and come back by itself). The server on a database of
# its own, 8 EPR clients sending notifications (a new child each) and retrying as the README says;
# after WARM seconds PostgreSQL stops for OUTAGE seconds and starts again; then the stored records
# are checked in SQL against the acknowledgements.
#
#   bench/pg-restart.sh [load-seconds] [outage-seconds]     (default 90, 10)
# The PostgreSQL stopped is a cluster of this run's own (created on port 5433 and dropped at the end),
# so others' databases on the machine are untouched; PG_CLUSTER=main restarts the machine's own
# cluster instead (port 5432). Needs root for pg_ctlcluster, python3, the packaged jar.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
duration=${1:-90}
outage=${2:-10}
warm=${WARM:-25}
port=${PORT:-8221}
db=cdr_pg_restart_$$
cluster=${PG_CLUSTER:-}
[ -n "$cluster" ] || { private_cluster "${PGPORT_PRIVATE:-5433}"; cluster=$bench_cluster; }

server_with_notifications server "$db" "$port"
send_notifications "$work/load.json" --nodes "http://127.0.0.1:$port/fhir" --clients 8 --duration "$duration" \
  --watch "http://127.0.0.1:$port/actuator/health/readiness" --acknowledged "$work/acknowledged" &
load=$!
sleep "$warm"
echo "$(date -u +%T) stopping PostgreSQL (cluster $cluster) for ${outage}s"
pg_ctlcluster --skip-systemctl-redirect 15 "$cluster" stop -m fast
sleep "$outage"
pg_ctlcluster --skip-systemctl-redirect 15 "$cluster" start
echo "$(date -u +%T) PostgreSQL back"
wait "$load"
cat "$work/load.json"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["readiness"]; print("readiness:", ", ".join(r)); sys.exit(0 if any(not s.startswith("UP") for s in r) and r[-1].startswith("UP") else 1)' "$work/load.json" \
  || { echo "FAILED: readiness did not go down and come back"; exit 1; }
load_clean "$work/load.json" && clean=0 || clean=1
intake_integrity "$db" "$work/acknowledged" || { echo "FAILED: see the counts above"; exit 1; }
[ "$clean" = 0 ] || exit 1
echo "passed"
