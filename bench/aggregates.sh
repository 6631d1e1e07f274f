#!/usr/bin/env bash
# Aggregates benchmark on PostgreSQL (prints figures; not a test). One server, one database:
#   1. the demo data (cdr.demo.years of synthetic notifications) through the real intake, and a check
#      that the projection cdr_case_facts agrees with the case records (cases, and deaths in the year);
#   2. 100,000 synthetic cases written straight into the projection (SQL bulk path), all in the
#      financial year 2024/25, with reviews, categories and modifiable factors;
#   3. that year's Measure/cdr-child-deaths/$evaluate-measure (three groups, every stratifier, disclosure
#      control) as the ICS platform asks it: median and 90th percentile of the repeats after a warm-up.
#
#   bench/aggregates.sh [repeats] [demo-years]     default 30 and 1
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth), python3, the packaged jar
# (mvn -o -q -DskipTests package). The server keeps a pool of 5 connections: the PostgreSQL is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-30}
years=${2:-1}
port=${PORT:-8201}
db=cdr_aggregates_bench_$$
base="http://127.0.0.1:$port/fhir"
work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; fi
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db with (force)" postgres >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
sql() { psql -qtA -h 127.0.0.1 -U postgres -d "$db" -c "$1"; }

psql -q -h 127.0.0.1 -U postgres -c "create database $db" postgres
# shellcheck disable=SC2046
SPRING_PROFILES_ACTIVE=postgres,dev CDR_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" CDR_DB_USER=postgres \
  java $(cat bench/jvm-options) -Dserver.port="$port" -Dspring.datasource.hikari.maximum-pool-size=5 -Dcdr.demo.enabled=true -Dcdr.demo.years="$years" \
  -Dcdr.aggregates.schedule-enabled=false -jar target/cdr-fhir.jar >"$work/server.log" 2>&1 &
pid=$!
until grep -qE 'Demo data: ([0-9]+) of \1 notifications' "$work/server.log" 2>/dev/null \
    && [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/metadata")" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/server.log"; exit 1; }
  sleep 2
done
echo "server ready; machine load: $(cut -d' ' -f1-3 /proc/loadavg)"

token=$(curl -sf -u demo-ics-platform:demo-ics-secret -d grant_type=client_credentials \
  --data-urlencode "scope=system/MeasureReport.rs system/Measure.rs" "http://127.0.0.1:$port/oauth2/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
manager=$(curl -sf -u demo-cdr-manager-system:demo-manager-secret -d grant_type=client_credentials \
  --data-urlencode "scope=system/*.cruds" "http://127.0.0.1:$port/oauth2/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
total() { curl -sf -H "Authorization: Bearer $manager" "$base/$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }

echo "== 1. the real workflow: projection against the case records"
cases=$(total "EpisodeOfCare?_summary=count")
facts=$(sql "select count(*) from cdr_case_facts")
echo "cases (EpisodeOfCare): $cases; projection rows: $facts"
year_start=$(date -d "$(date +%Y)-01-01 -1 year" +%Y-%m-%d)
year_end=$(date -d "$(date +%Y)-01-01 -1 day" +%Y-%m-%d)
children=$(total "Patient?death-date=ge$year_start&death-date=le$year_end&_summary=count")
died=$(sql "select count(*) from cdr_case_facts where died_on between '$year_start' and '$year_end'")
echo "children who died $year_start to $year_end (Patient): $children; projection: $died"
[ "$cases" = "$facts" ] && [ "$children" = "$died" ] && echo "agree" || { echo "DISAGREE"; exit 1; }

echo "== 2. bulk: 100,000 cases in 2024/25 straight into the projection"
start=$(date +%s%N)
sql "insert into cdr_case_facts (case_id, area, age_band, sex, ethnicity_group, expectedness, place_of_death, jar,
       gestation_band, category, modifiable_factors, died_on, notified_on, jar_done_on, cdrm_done_on, reviewed_on, closed_on)
     select 'bulk-' || n,
       (array['E06000055','E06000056','E06000032','unresolved','E09000001'])[1 + n % 5],
       (array['under-28-days','28-to-364-days','1-to-4-years','5-to-9-years','10-to-14-years','15-to-17-years'])[1 + (n * 7) % 6],
       (array['female','male'])[1 + (n * 3) % 2],
       (array['white','mixed','asian','black','other','not-known'])[1 + (n * 11) % 6],
       (array['expected','unexpected'])[1 + (n * 13) % 2],
       (array['hospital','hospice','home','public-place','other'])[1 + (n * 17) % 5],
       (n * 13) % 2 = 1,
       case when (n * 7) % 6 < 2 then (array['extremely-preterm','very-preterm','moderate-late-preterm','term','post-term'])[1 + (n * 31) % 5] end,
       case when n % 3 = 0 then null else ((n * 19) % 10 + 1)::text end,
       case when n % 3 = 0 then null else (array['identified','not-identified','insufficient-information'])[1 + (n * 23) % 3] end,
       date '2024-04-01' + (n % 365), date '2024-04-01' + (n % 365) + (n % 4),
       null, null,
       case when n % 3 = 0 then null else date '2024-04-01' + (n % 365) + (n * 29) % 900 end, null
     from generate_series(1, 100000) as n"
sql "analyze cdr_case_facts"
echo "inserted in $(( ($(date +%s%N) - start) / 1000000 )) ms; projection rows: $(sql "select count(*) from cdr_case_facts")"

echo "== 3. \$evaluate-measure, financial year 2024/25, all groups and stratifiers, as the ICS platform"
url="$base/Measure/cdr-child-deaths/\$evaluate-measure?periodStart=2024-04-01&periodEnd=2025-03-31"
curl -sf -H "Authorization: Bearer $token" "$url" >"$work/report.json"
python3 - "$work/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
cells = [p for g in report["group"] for p in g["population"]] + \
        [p for g in report["group"] for s in g["stratifier"] for st in s["stratum"] for p in st["population"]]
shown = [p["count"] for p in cells if "count" in p]
print(f"report: {len(report['group'])} groups, {sum(len(g['stratifier']) for g in report['group'])} stratifiers, "
      f"{len(cells)} cells ({len(cells) - len(shown)} suppressed); notified total {report['group'][0]['population'][0].get('count')}")
assert not [c for c in shown if 1 <= c <= 7], "a count from 1 to 7"
PY
for _ in 1 2 3 4 5; do curl -sf -o /dev/null -H "Authorization: Bearer $token" "$url"; done
for _ in $(seq "$repeats"); do
  curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$url"
done >"$work/times"
sort -n "$work/times" | python3 -c '
import sys
t = [float(x) for x in sys.stdin]
print(f"{len(t)} requests: median {t[len(t)//2]*1000:.0f} ms, p90 {t[int(len(t)*0.9)]*1000:.0f} ms, max {t[-1]*1000:.0f} ms")'
echo "machine load: $(cut -d' ' -f1-3 /proc/loadavg)"
