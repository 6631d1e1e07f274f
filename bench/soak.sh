#!/usr/bin/env bash
# Soak (prints the curve; exits 1 on growth). The server on a database of its own under a steady
# moderate load (CLIENTS EPR clients, each pausing PAUSE seconds between notifications, retrying as
# the README says) for the given duration; each minute: the server's RSS, its heap after a full
# collection (jcmd GC.run, then jstat), its threads and its database connections. Fails when, from
# the third sample to the last, the heap after collection grew by more than 20% (and 16 MB), the
# threads by more than 10, or the connections beyond the pool (20).
#
#   bench/soak.sh [minutes]      (default 30)
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust), python3, the JDK's jcmd and jstat, the jar.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
minutes=${1:-30}
port=${PORT:-8221}
db=cdr_soak_$$

server_with_notifications server "$db" "$port"
send_notifications "$work/load.json" --nodes "http://127.0.0.1:$port/fhir" --clients "${CLIENTS:-2}" \
  --pause "${PAUSE:-0.5}" --duration $((minutes * 60)) &
load=$!
echo "minute  RSS MB  heap after full GC MB  threads  DB connections  notifications stored"
started=$(date +%s)
for minute in $(seq 1 "$minutes"); do
  # on the wall clock, so the last sample is taken as the load ends (a sample itself takes seconds)
  sleep $((started + minute * 60 - $(date +%s) > 0 ? started + minute * 60 - $(date +%s) : 0))
  jcmd "$server" GC.run >/dev/null
  heap=$(jstat -gc "$server" | awk 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i} NR == 2 {printf "%d", ($c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]) / 1024}')
  rss=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$server/status")
  threads=$(awk '/Threads/ {print $2}' "/proc/$server/status")
  connections=$(sql "$db" "select count(*) from pg_stat_activity where datname = '$db' and pid <> pg_backend_pid()")
  stored=$(sql "$db" "select count(*) from cdr_notification_receipt")
  printf '%6d  %6d  %21d  %7d  %14d  %20d\n' "$minute" "$rss" "$heap" "$threads" "$connections" "$stored" | tee -a "$work/curve"
done
wait "$load"
cat "$work/load.json"
load_clean "$work/load.json" || exit 1
awk 'NR == 3 {heap = $3; threads = $4} {last_heap = $3; last_threads = $4; if ($5 > max_conn) max_conn = $5}
  END {grew = last_heap > heap * 1.2 && last_heap > heap + 16
       printf "heap after GC %d -> %d MB, threads %d -> %d, most DB connections %d\n", heap, last_heap, threads, last_threads, max_conn
       exit (grew || last_threads > threads + 10 || max_conn > 20) ? 1 : 0}' "$work/curve" \
  || { echo "FAILED: growth"; exit 1; }
echo passed
