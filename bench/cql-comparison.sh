#!/usr/bin/env bash
# CQL comparison (prints figures; not a test): Measure/$evaluate-measure evaluated by HAPI's clinical-reasoning
# module (CQL, per subject) against cdr-fhir's own (the projection cdr_case_facts, one SQL query), on the same
# cases, on PostgreSQL:
#   1. INTAKE synthetic notifications (GenerateNotifications, deaths in the financial year 2024/25) through
#      cdr-fhir's real intake (bench/notifications-load.py, 8 clients), then copied to the CQL server (bench/cql:
#      HAPI FHIR JPA 8.2.0 with hapi-fhir-storage-cr 8.2.0, a separate Maven project) as plain Patient and
#      EpisodeOfCare resources, with a CQL Library and Measure (bench/cql/measure) that count the group "died" of
#      Measure/cdr-child-deaths with two of its stratifiers, area and age band;
#   2. each size N (a multiple of INTAKE) reached by replicating those cases on both sides: on cdr-fhir their
#      rows of cdr_case_facts (SQL), on the CQL server their resources under new ids (a loaded machine cannot put
#      10,000 notifications through the intake in the time; what the report reads is the same either way);
#   3. at each size both reports for 2024/25, their counts printed beside the projection's true counts (cdr-fhir
#      publishes them rounded to 5, 1-7 suppressed), then each $evaluate-measure timed: WARMUP requests (fewer
#      past BUDGET/2 seconds), then REPEATS timed (fewer, at least 3, past BUDGET seconds), median. cdr-fhir's
#      report is the whole Measure (3 groups, 30 stratifiers, disclosure control); the CQL report is one group
#      with two stratifiers.
# Also: each server's start-up on an empty database (launch to the first 200 on /fhir/metadata), the CQL
# server's without the clinical-reasoning module (cql.enabled=false), and the jars that module adds.
#
#   bench/cql-comparison.sh ["1000 5000 10000"] [repeats]     default repeats 10; env INTAKE=1000 WARMUP=5 BUDGET=300
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth), python3, Maven (bench/cql is built here;
# its dependencies come from Maven Central), the packaged jar (mvn -o -q -DskipTests package). Each server keeps
# a pool of 5 connections and a 1 GB heap (bench/jvm-options): the machine and the PostgreSQL are shared.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"1000 5000 10000"}
repeats=${2:-10}
warmup=${WARMUP:-5}
budget=${BUDGET:-300}
intake=${INTAKE:-1000}
our_port=${PORT:-8203}
cql_port=${CQL_PORT:-8204}
our_db=cdr_cqlcmp_ours_$$
cql_db=cdr_cqlcmp_cql_$$
ours="http://127.0.0.1:$our_port/fhir"
cql="http://127.0.0.1:$cql_port/fhir"
period="periodStart=2024-04-01&periodEnd=2025-03-31"
work=$(mktemp -d)
our_pid=
cql_pid=
nocr_pid=
cleanup() {
  for p in $our_pid $cql_pid $nocr_pid; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
  for d in $our_db $cql_db ${cql_db}_nocr; do
    psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $d with (force)" postgres >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
sql() { psql -qtA -h 127.0.0.1 -U postgres -d "$our_db" -c "$1"; }
helper() { python3 bench/cql-comparison.py "$@"; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
wait_up() { # pid url log
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$2/metadata")" = 200 ]; do
    kill -0 "$1" 2>/dev/null || { tail -n 30 "$3"; exit 1; }
    sleep 0.5
  done
}

echo "== build; machine load: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -f target/cdr-fhir.jar ] || mvn -q -B -DskipTests package
(cd bench/cql && mvn -q -B -DskipTests package)
java -cp target/cdr-fhir.jar -Dloader.main=uk.org.cdrfhir.synthetic.GenerateNotifications \
  org.springframework.boot.loader.launch.PropertiesLauncher --count "$intake" --years 1 --until 2025-04-04 --seed 11 \
  --out "$work/notifications" 2>/dev/null | grep -E "^Wrote"

echo "== start-up on an empty database, one server at a time"
for d in $our_db $cql_db; do psql -q -h 127.0.0.1 -U postgres -c "create database $d" postgres; done
start=$(date +%s%N)
# shellcheck disable=SC2046
SPRING_PROFILES_ACTIVE=postgres,dev CDR_DB_URL="jdbc:postgresql://127.0.0.1:5432/$our_db" CDR_DB_USER=postgres \
  java $(cat bench/jvm-options) -Dserver.port="$our_port" -Dspring.datasource.hikari.maximum-pool-size=5 \
  -Dcdr.aggregates.schedule-enabled=false -Dcdr.security.embedded-authorization-server.token-lifetime=3h \
  -jar target/cdr-fhir.jar >"$work/ours.log" 2>&1 &
our_pid=$!
wait_up "$our_pid" "$ours" "$work/ours.log"
our_start=$(ms_since "$start")
start=$(date +%s%N)
# shellcheck disable=SC2046
CQL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$cql_db" PORT="$cql_port" \
  java $(cat bench/jvm-options) -jar bench/cql/target/cdr-cql-bench.jar >"$work/cql.log" 2>&1 &
cql_pid=$!
wait_up "$cql_pid" "$cql" "$work/cql.log"
cql_start=$(ms_since "$start")
echo "cdr-fhir $our_start ms, CQL server $cql_start ms; machine load: $(cut -d' ' -f1-3 /proc/loadavg)"
# the same CQL server without the clinical-reasoning module, on a database of its own
psql -q -h 127.0.0.1 -U postgres -c "create database ${cql_db}_nocr" postgres
start=$(date +%s%N)
# shellcheck disable=SC2046
CQL_DB_URL="jdbc:postgresql://127.0.0.1:5432/${cql_db}_nocr" PORT=$((cql_port + 1)) \
  java $(cat bench/jvm-options) -Dcql.enabled=false -jar bench/cql/target/cdr-cql-bench.jar >"$work/nocr.log" 2>&1 &
nocr_pid=$!
wait_up "$nocr_pid" "http://127.0.0.1:$((cql_port + 1))/fhir" "$work/nocr.log"
nocr_start=$(ms_since "$start")
kill "$nocr_pid"; wait "$nocr_pid" 2>/dev/null || true
psql -q -h 127.0.0.1 -U postgres -c "drop database ${cql_db}_nocr with (force)" postgres
echo "CQL server without the module: $nocr_start ms"

token() { # client secret scope
  curl -sf -u "$1:$2" -d grant_type=client_credentials --data-urlencode "scope=$3" \
    "http://127.0.0.1:$our_port/oauth2/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
epr=$(token demo-epr-bedford-hospital demo-epr-secret "system/Bundle.c system/Bundle.rs")
manager=$(token demo-cdr-manager-system demo-manager-secret "system/*.cruds")
ics=$(token demo-ics-platform demo-ics-secret "system/MeasureReport.rs system/Measure.rs")
helper install "$cql"

echo "== $intake notifications through cdr-fhir's intake"
python3 bench/notifications-load.py --dir "$work/notifications" --base "$ours" --clients 8 --warmup "$intake" \
  --repeats 1 --duration 0.01 --server-pid "$our_pid" --label intake --out "$work/load.jsonl" --auth "Bearer $epr" \
  >"$work/load.txt"
head -1 "$work/load.txt"
sql "create table cqlcmp_originals as select * from cdr_case_facts"
real_cases=$(sql "select count(*) from cqlcmp_originals")
echo "cases: $real_cases; machine load: $(cut -d' ' -f1-3 /proc/loadavg)"

printf '%s\n' "cases|died in 2024/25|cdr-fhir median ms (n)|CQL median ms (n)|CQL / cdr-fhir|counts" >"$work/table"
copies=0
for n in $sizes; do
  want=$(( (n + real_cases - 1) / real_cases ))
  echo "== $((want * real_cases)) cases ($want x $real_cases)"
  for r in $(seq $((copies + 1)) "$want"); do
    [ "$r" = 1 ] || sql "create temp table replica as select * from cqlcmp_originals;
      update replica set case_id = case_id || '-r$r'; insert into cdr_case_facts select * from replica"
  done
  [ "$want" -gt "$copies" ] && helper copy "$ours" "$manager" "$cql" $((copies + 1)) "$want" >/dev/null
  copies=$want
  sql "analyze cdr_case_facts"
  echo "cdr-fhir projection rows: $(sql "select count(*) from cdr_case_facts"); CQL server Patients: $(curl -sf "$cql/Patient?_summary=count" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')"
  sql "select 'area', area, count(*) from cdr_case_facts where died_on between '2024-04-01' and '2025-03-31' group by area
       union all
       select 'age-band', coalesce(age_band, 'not-recorded'), count(*) from cdr_case_facts
       where died_on between '2024-04-01' and '2025-03-31' group by age_band" >"$work/truth"
  curl -sf "$cql/Measure/cdr-child-deaths-cql/\$evaluate-measure?$period&reportType=population" >"$work/cql.json"
  curl -sf -H "Authorization: Bearer $ics" "$ours/Measure/cdr-child-deaths/\$evaluate-measure?$period" >"$work/ours.json"
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); sys.exit(0 if r["status"] == "complete" else r)' "$work/cql.json"
  agree=agree; helper counts "$work/cql.json" "$work/ours.json" "$work/truth" || agree=DISAGREE
  died=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["group"][0]["population"][0]["count"])' "$work/cql.json")
  echo "machine load: $(cut -d' ' -f1-3 /proc/loadavg)"
  our_time=$(helper time "$ours/Measure/cdr-child-deaths/\$evaluate-measure?$period" "Bearer $ics" "$warmup" "$repeats" "$budget")
  echo "cdr-fhir: $our_time"
  cql_time=$(helper time "$cql/Measure/cdr-child-deaths-cql/\$evaluate-measure?$period&reportType=population" "" \
    "$warmup" "$repeats" "$budget")
  echo "CQL:      $cql_time; machine load: $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 - "$((want * real_cases))" "$died" "$our_time" "$cql_time" "$agree" >>"$work/table" <<'PY'
import json, sys
ours, cql = json.loads(sys.argv[3]), json.loads(sys.argv[4])
print(f"{sys.argv[1]}|{sys.argv[2]}|{ours['median_ms']} ({ours['n']})|{cql['median_ms']} ({cql['n']})|"
      f"{cql['median_ms'] / max(1, ours['median_ms']):.0f}x|{sys.argv[5]}")
PY
done

echo "== jars: cdr-fhir's, the CQL server's, and those hapi-fhir-storage-cr adds to a HAPI JPA server"
(cd bench/cql && mvn -o -q -B dependency:tree -DoutputFile="$work/tree.txt" >/dev/null)
python3 - target/cdr-fhir.jar bench/cql/target/cdr-cql-bench.jar "$work/tree.txt" <<'PY'
import os, re, sys, zipfile
def libs(path):
    with zipfile.ZipFile(path) as jar:
        return [i for i in jar.infolist() if i.filename.startswith("BOOT-INF/lib/") and i.filename.endswith(".jar")]
for name, path in (("cdr-fhir", sys.argv[1]), ("CQL server", sys.argv[2])):
    jars = libs(path)
    print(f"{name}: {len(jars)} jars, {sum(i.file_size for i in jars) / 1e6:.0f} MB")
# the subtree under hapi-fhir-storage-cr: what it brings that hapi-fhir-jpaserver-base and Boot do not
added, inside, depth = [], False, 0
for line in open(sys.argv[3]):
    m = re.match(r"^([| +\\-]*)([\w.\-]+):([\w.\-]+):jar:([\w.\-]+):(\w+)", line.rstrip())
    if not m:
        continue
    level = len(m.group(1)) // 3
    if m.group(3) == "hapi-fhir-storage-cr":
        inside, depth = True, level
    elif inside and level <= depth:
        inside = False
    if inside:
        added.append(os.path.expanduser(f"~/.m2/repository/{m.group(2).replace('.', '/')}/{m.group(3)}/{m.group(4)}/{m.group(3)}-{m.group(4)}.jar"))
size = sum(os.path.getsize(p) for p in added if os.path.exists(p))
print(f"added by hapi-fhir-storage-cr 8.2.0: {len(added)} jars, {size / 1e6:.0f} MB")
PY

echo "== results (median of $repeats after $warmup warm-up requests; 2024/25; PostgreSQL)"
column -t -s '|' "$work/table"
echo "start-up to the first 200 on /fhir/metadata, empty database: cdr-fhir $our_start ms, CQL server $cql_start ms" \
  "(without the clinical-reasoning module $nocr_start ms)"
echo "machine load: $(cut -d' ' -f1-3 /proc/loadavg)"
