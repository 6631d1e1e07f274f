#!/usr/bin/env bash
# Two nodes on one PostgreSQL database (prints counts and throughput; exits 1 on a doubled or lost
# record or delivery). Node 1 (port 8221) runs the embedded authorization server, node 2 (8222)
# runs the production profile and trusts node 1 as its issuer: one issuer and one key set for both,
# as N nodes behind a load balancer trust one identity provider (docs/operations.md). A local
# receiver stands for NCMD (the outbox on, on both nodes) and for a designated doctor's system (a
# Subscription to EpisodeOfCare?status=active). Then 8 pairs of EPR clients: each death is sent as
# two hospitals' notifications at the same moment, one to each node; then the same load to node 1
# alone, for the throughput of one node. Checked: every acknowledged notification whole, one case per
# death, unique case numbers, tasks once, each EpisodeOfCare version delivered once to the
# Subscription, each case's NCMD message delivered once (both nodes run the sender and HAPI's
# scheduled jobs, which take their work through the database).
#
#   bench/two-nodes.sh [seconds-per-phase]      (default 60)
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust), python3, the packaged jar.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
duration=${1:-60}
port1=${PORT1:-8221}
port2=${PORT2:-8222}
db=cdr_two_nodes_$$

python3 bench/hook-receiver.py --port-file "$work/receiver-port" &
bench_pids+=($!)
until [ -s "$work/receiver-port" ]; do sleep 0.2; done
receiver="http://127.0.0.1:$(cat "$work/receiver-port")"
ncmd=(-Dcdr.ncmd.enabled=true "-Dcdr.ncmd.endpoint=$receiver/ncmd" -Dcdr.ncmd.poll-interval=2s)

# the first node alone on a new database: it creates the schema
server_with_notifications node1 "$db" "$port1" "${ncmd[@]}"
admin="Authorization: Bearer $(token "$port1" demo-admin-system demo-admin-secret 'system/*.cruds')"
subscription=$(curl -sf -X POST -H "$admin" -H 'Content-Type: application/fhir+json' "http://127.0.0.1:$port1/fhir/Subscription" \
  -d "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"reason\":\"two-nodes bench\",\"criteria\":\"EpisodeOfCare?status=active\",
       \"channel\":{\"type\":\"rest-hook\",\"endpoint\":\"$receiver/subscription\"}}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
until curl -sf -H "$admin" "http://127.0.0.1:$port1/fhir/Subscription/$subscription" | grep -q '"status":"active"'; do sleep 1; done
BENCH_PROFILES=postgres start_server node2 "$db" "$port2" "${ncmd[@]}" "-Dcdr.security.issuer=http://localhost:$port1" \
  "-Dcdr.subscriptions.allowed-endpoints[0]=http://127.0.0.1"
wait_ready "$node2" "$port2"
echo "$(date -u +%T) both nodes ready; machine load $(cut -d' ' -f1-3 /proc/loadavg)"

pairs() { # label seconds node-base node-base
  send_notifications "$work/load-$1.json" --nodes "$3" "$4" --pairs --clients 8 --duration "$2" \
    --acknowledged "$work/acknowledged-$1" --children "$work/children-$1"
  echo "$1: $(cat "$work/load-$1.json")"
}
base1="http://127.0.0.1:$port1/fhir"
base2="http://127.0.0.1:$port2/fhir"
pairs warm-up 20 "$base1" "$base2"
pairs two-nodes "$duration" "$base1" "$base2"
pairs one-node "$duration" "$base1" "$base1"

# deliveries settle: HAPI submits stored changes every 5 s, the NCMD sender polls every 2 s
previous=
while deliveries=$(curl -sf "$receiver/counts"); [ "$deliveries" != "$previous" ]; do previous=$deliveries; sleep 15; done
cat "$work"/acknowledged-* >"$work/acknowledged"
intake_integrity "$db" "$work/acknowledged" || { echo "FAILED: see the counts above"; exit 1; }
read -r cases case_numbers versions ncmd_rows <<<"$(sql "$db" "select
  (select count(*) from hfj_resource where res_type = 'EpisodeOfCare' and res_deleted_at is null),
  (select count(distinct case_number) from cdr_case_key where case_id is not null),
  (select count(*) from hfj_res_ver where res_type = 'EpisodeOfCare'),
  (select count(*) from cdr_ncmd_outbox)")"
# one case per child: the synthetic documents recur, and one without an NHS number is the same child each time
deaths=$(sort -u "$work"/children-* | wc -l)
python3 - "$deliveries" "$cases" "$case_numbers" "$versions" "$ncmd_rows" "$deaths" "$work" <<'PY'
import json, sys
deliveries, cases, numbers, versions, ncmd_rows, deaths, work = json.loads(sys.argv[1]), *map(int, sys.argv[2:7]), sys.argv[7]
sub = deliveries.get("/subscription", {"posts": 0})["posts"]
ncmd = deliveries.get("/ncmd", {"posts": 0, "keys": 0})
two, one = (json.load(open(f"{work}/load-{p}.json")) for p in ("two-nodes", "one-node"))
print(f"deaths {deaths}, cases {cases}, case numbers {numbers}; Subscription deliveries {sub} for {versions} "
      f"EpisodeOfCare versions; NCMD messages {ncmd['posts']} POSTs, {ncmd['keys']} distinct, for {ncmd_rows} in the outbox")
print(f"throughput: two nodes {two['acknowledged_per_s']}/s (p50 {two['p50_s']} s), one node {one['acknowledged_per_s']}/s "
      f"(p50 {one['p50_s']} s): ratio {two['acknowledged_per_s'] / max(one['acknowledged_per_s'], 0.01):.2f}")
bad = [] if cases == deaths == numbers and sub == versions and ncmd["posts"] == ncmd["keys"] == ncmd_rows == cases else ["counts"]
bad += [p for p in (two, one) if p["given_up"] or p["4xx"] or p["other_5xx"]]
sys.exit(1 if bad else 0)
PY
[ $? = 0 ] || { echo "FAILED: see the counts above"; exit 1; }
echo passed
