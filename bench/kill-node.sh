#!/usr/bin/env bash
# A node killed mid-request (prints counts; exits 1 when something acknowledged was lost, a case or
# task doubled, or a notification half-stored). The server on a database of its own, 8 EPR clients
# sending notifications (a new child each) and retrying as the README says; after WARM seconds the
# server gets kill -9 (requests in flight), is started again on the same database, and the clients
# carry on; then the stored records are checked in SQL against the acknowledgements.
#
#   bench/kill-node.sh [load-seconds]     (default 120: the restart takes about half a minute)
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust), python3, the packaged jar.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
duration=${1:-120}
warm=${WARM:-30}
port=${PORT:-8221}
db=cdr_kill_node_$$

server_with_notifications server "$db" "$port"
send_notifications "$work/load.json" --nodes "http://127.0.0.1:$port/fhir" --clients 8 --duration "$duration" \
  --acknowledged "$work/acknowledged" &
load=$!
sleep "$warm"
in_flight=$(sql "$db" "select count(*) from pg_stat_activity where datname = '$db' and state <> 'idle'")
echo "$(date -u +%T) kill -9 of the server ($in_flight of its database connections busy)"
stop_server "$server" KILL
start_server server "$db" "$port"
wait_ready "$server" "$port"
echo "$(date -u +%T) server ready again"
wait "$load"
cat "$work/load.json"
load_clean "$work/load.json" && clean=0 || clean=1
intake_integrity "$db" "$work/acknowledged" || { echo "FAILED: see the counts above"; exit 1; }
[ "$clean" = 0 ] || exit 1
echo "passed"
