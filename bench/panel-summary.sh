#!/usr/bin/env bash
# Panel summary benchmark (prints figures; not a test): the time a summary rebuild adds to the
# transaction that triggers it, and a 20-case panel pack rendered as PDF (in the test server: H2, or PostgreSQL with
# surefire:test@postgres-test and the CDR_TEST_POSTGRES_* variables).
#
#   bench/panel-summary.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q surefire:test@default-test -Dtest=PanelSummaryBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  2>&1 | grep -A6 "PANEL SUMMARY BENCHMARK"
