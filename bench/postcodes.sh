#!/usr/bin/env bash
# Postcode directory benchmark: loads a synthetic directory the size of the real NSPL (2.7 million rows,
# 40 columns) into a fresh PostgreSQL database with the server's own load command, prints the load time
# and rows/s, then times lookups through PostcodeDirectory over JDBC (p50/p99 of 100k random postcodes,
# three rounds, and their medians). Not a test: it prints figures. Cleans up its database and file.
#
#   bench/postcodes.sh [rows]        default 2700000; needs PostgreSQL on 127.0.0.1:5432 (user postgres)
#   PGHOST=... PGPORT=... PGUSER=... bench/postcodes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-2700000}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
jar=target/cdr-fhir.jar
[ -f "$jar" ] || mvn -q -B -DskipTests package
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt >/dev/null

work=$(mktemp -d)
database="cdr_bench_postcodes_$$"
trap 'dropdb --if-exists "$database" 2>/dev/null || true; rm -rf "$work"' EXIT
file="$work/nspl-synthetic.csv"
java -cp target/test-classes uk.org.cdrfhir.routing.postcode.SyntheticPostcodeFile "$file" "$rows"
createdb "$database"
url="jdbc:postgresql://$PGHOST:$PGPORT/$database"

echo "loading with: java -Xmx512m -jar $jar --cdr.postcodes.load=$file (server start-up included)" >&2
start=$(date +%s.%N)
# the postgres profile will not start without an issuer; the load command exits before any token is checked
if ! SPRING_PROFILES_ACTIVE=postgres CDR_OIDC_ISSUER=http://127.0.0.1 CDR_DB_URL="$url" CDR_DB_USER="$PGUSER" CDR_DB_PASSWORD="${PGPASSWORD:-}" \
    java -Xmx512m -jar "$jar" --cdr.postcodes.load="$file" --server.port=0 >"$work/load.log" 2>&1; then
  echo "the load command failed; log:" >&2; tail -n 40 "$work/load.log" >&2; exit 1
fi
wall=$(echo "$(date +%s.%N) - $start" | bc)
summary=$(grep -o 'Postcode directory: [0-9]* postcodes loaded.*' "$work/load.log" | tail -n 1)
echo "$summary"
load_seconds=$(sed -E 's/.* in ([0-9.]+) s .*/\1/' <<<"$summary")
printf 'load: %s rows in %.1f s (%.0f rows/s; target < 180 s); the whole command with server start-up %.1f s\n' \
  "$rows" "$load_seconds" "$(echo "$rows / $load_seconds" | bc -l)" "$wall"
psql -d "$database" -tAc "select 'table: ' || count(*) || ' rows, ' || pg_size_pretty(pg_total_relation_size('cdr_postcode')) from cdr_postcode"

java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  uk.org.cdrfhir.routing.postcode.PostcodeLookupBenchmark "$url" "$PGUSER" "${PGPASSWORD:-}" "$rows" 100000 3 \
  | grep -E '^(round|median)'
