#!/usr/bin/env bash
# PostgreSQL restarted during intake (prints counts; exits 1 when something was lost, doubled or
# half-stored, or readiness did not go down and come back by itself). The server on a database of
# its own, 8 EPR clients sending notifications (a new child each) and retrying as the README says;
# after WARM seconds PostgreSQL stops for OUTAGE seconds and starts again; then the stored records
# are checked in SQL against the acknowledgements.
#
#   bench/pg-restart.sh [load-seconds] [outage-seconds]     (default 90, 10)
# STOP=database blocks and cuts only this run's database instead of stopping the whole cluster
# (kinder to others on a shared machine). Needs root for pg_ctlcluster, python3, the packaged jar.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
duration=${1:-90}
outage=${2:-10}
warm=${WARM:-25}
port=${PORT:-8221}
db=cdr_pg_restart_$$

database_down() {
  if [ "${STOP:-cluster}" = cluster ]; then
    pg_ctlcluster --skip-systemctl-redirect 15 main stop -m fast
  else
    sql postgres "alter database $db allow_connections false" >/dev/null
    sql postgres "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = '$db'" >/dev/null
  fi
}
database_up() {
  if [ "${STOP:-cluster}" = cluster ]; then
    pg_ctlcluster --skip-systemctl-redirect 15 main start
  else
    sql postgres "alter database $db allow_connections true" >/dev/null
  fi
}

create_database "$db"
generate_notifications 200
start_server server "$db" "$port"
wait_ready "$server" "$port"
epr="Bearer $(token "$port" demo-epr-bedford-hospital demo-epr-secret 'system/Bundle.c system/Bundle.rs')"
python3 bench/faults-load.py --dir "$work/notifications" --nodes "http://127.0.0.1:$port/fhir" --auth "$epr" \
  --clients 8 --duration "$duration" --watch "http://127.0.0.1:$port/actuator/health/readiness" \
  --acknowledged "$work/acknowledged" >"$work/load.json" &
load=$!
sleep "$warm"
echo "$(date -u +%T) stopping PostgreSQL for ${outage}s (${STOP:-cluster})"
database_down
sleep "$outage"
database_up
echo "$(date -u +%T) PostgreSQL back"
wait "$load"
cat "$work/load.json"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["readiness"]; print("readiness:", ", ".join(r)); sys.exit(0 if any(not s.startswith("UP") for s in r) and r[-1].startswith("UP") else 1)' "$work/load.json" \
  || { echo "FAILED: readiness did not go down and come back"; exit 1; }
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); sys.exit(0 if r["given_up"] == 0 and r["4xx"] == 0 and r["other_5xx"] == 0 else 1)' "$work/load.json" \
  || { echo "FAILED: a notification was refused, answered with a 5xx other than 503, or given up"; exit 1; }
intake_integrity "$db" "$work/acknowledged" || { echo "FAILED: see the counts above"; exit 1; }
echo "passed"
