#!/usr/bin/env bash
# Panel summary benchmark (prints figures; not a test): the time a summary rebuild adds to the
# transaction that triggers it, and a 20-case panel pack rendered as PDF, in the test server on H2 or
# on PostgreSQL (a fresh database on the server CDR_TEST_POSTGRES_URL names, by default
# 127.0.0.1:5432 as user postgres, as surefire:test@postgres-test makes one).
#
#   bench/panel-summary.sh [h2|postgres]     default h2
set -euo pipefail
cd "$(dirname "$0")/.."
database=${1:-h2}
case "$database" in
  h2) execution=default-test ;;
  postgres)
    execution=postgres-test
    export CDR_TEST_POSTGRES_URL=${CDR_TEST_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/postgres}
    export CDR_TEST_POSTGRES_USER=${CDR_TEST_POSTGRES_USER:-postgres} ;;
  *) echo "usage: $0 [h2|postgres]" >&2; exit 2 ;;
esac
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -o -q test-compile
mvn -o -q surefire:test@$execution -Dtest=PanelSummaryBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  2>&1 | grep -A6 "PANEL SUMMARY BENCHMARK"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
