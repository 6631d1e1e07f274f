#!/usr/bin/env bash
# Web UI page benchmark on PostgreSQL (prints figures; not a test). 5,000 synthetic cases are notified
# through the intake as the demo EPR (bench/notifications-load.py: the whole workflow, 8 clients), then
# each page of the CDR Manager's web UI (dashboard, cases list with its filters, a case, tasks, the FHIR
# query page) is fetched N times as the CDR Manager, signed in as a browser is (bench/web-pages.py):
# p50/p95 of each page's time on loopback, the FHIR API calls it made and the server's CPU time per
# fetch. Target: p95 <= 300 ms.
#
#   bench/web-pages.sh [cases] [fetches-per-page]
#   JAR=other.jar bench/web-pages.sh ...   another build (default target/cdr-fhir.jar)
#   PAGE_USER=doctor.luton bench/web-pages.sh ...   signed in as another demo person (default manager)
#   ONLY=dashboard bench/web-pages.sh ...   only the pages whose label starts with this
#   JAVA_OPTS="-Dname=value" bench/web-pages.sh ...   more options for the server's JVM
#   JFR=file.jfr bench/web-pages.sh ...   records the server's CPU samples while the pages are fetched
#   DB=name bench/web-pages.sh ...   keeps the database; a later run with the same DB skips the notifying
#                                    (to time the pages again, e.g. before and after a change, on the same cases)
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth), python3, the packaged jar.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-5000}
times=${2:-50}
port=${PORT:-18091}
work=$(mktemp -d)
db="${DB:-cdr_bench_web_$$}"
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; fi
  [ -n "${DB:-}" ] || psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db with (force)" postgres >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

jar=${JAR:-target/cdr-fhir.jar}
[ -f "$jar" ] || mvn -q -B -DskipTests package
java -cp "$jar" -Dloader.main=uk.org.cdrfhir.synthetic.GenerateNotifications \
  org.springframework.boot.loader.launch.PropertiesLauncher --count 200 --years 3 --seed 7 --out "$work/notifications" \
  2>/dev/null | grep -E "^Wrote"

notify=yes
if [ -n "$(psql -tA -h 127.0.0.1 -U postgres -c "select 1 from pg_database where datname = '$db'" postgres)" ]; then
  notify=no; echo "reusing database $db (no notifying)"
else
  psql -q -h 127.0.0.1 -U postgres -c "create database $db" postgres
fi
site="http://127.0.0.1:$port"
# shellcheck disable=SC2046
SPRING_PROFILES_ACTIVE=postgres,dev CDR_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" CDR_DB_USER=postgres \
  java $(cat bench/jvm-options) ${JAVA_OPTS:-} ${JFR:+-XX:FlightRecorderOptions=stackdepth=1024} -Dserver.port="$port" -Dcdr.security.embedded-authorization-server.token-lifetime=3h \
  -Dserver.tomcat.accesslog.enabled=true -Dserver.tomcat.accesslog.buffered=false \
  -Dserver.tomcat.accesslog.directory="$work/access" -Dserver.tomcat.basedir="$work/tomcat" \
  -jar "$jar" >"$work/server.log" 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$site/fhir/metadata")" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/server.log"; exit 1; }
  sleep 1
done
echo "server ready; machine load: $(cut -d' ' -f1-3 /proc/loadavg)"

epr=$(curl -sf -u demo-epr-bedford-hospital:demo-epr-secret -d grant_type=client_credentials \
  --data-urlencode "scope=system/Bundle.c system/Bundle.rs" "$site/oauth2/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
if [ "$notify" = yes ]; then
  start=$(date +%s)
  python3 bench/notifications-load.py --dir "$work/notifications" --base "$site/fhir" --clients 8 --warmup "$cases" \
    --repeats 1 --duration 1 --server-pid "$pid" --label load --out "$work/load.jsonl" --auth "Bearer $epr" | sed -n 1p
  echo "$cases cases notified in $(( $(date +%s) - start )) s; machine load: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
# what autovacuum would have done by now (PostgreSQL here may run without it): the statistics, and the
# visibility map that lets a count read an index alone
psql -q -h 127.0.0.1 -U postgres -c "vacuum analyze" "$db"

[ -z "${JFR:-}" ] || jcmd "$pid" JFR.start name=pages settings=profile filename="$JFR" >/dev/null
python3 bench/web-pages.py --site "$site" --user "${PAGE_USER:-manager}" ${ONLY:+--only "$ONLY"} --times "$times" --access-log "$work/access" --server-pid "$pid" \
  --out "$work/pages.jsonl"
[ -z "${JFR:-}" ] || jcmd "$pid" JFR.stop name=pages >/dev/null
echo "target: p95 <= 300 ms per page"
