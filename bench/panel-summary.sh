#!/usr/bin/env bash
# Panel summary benchmark (prints figures; not a test): the time a summary rebuild adds to the
# transaction that triggers it, and a 20-case panel pack rendered as PDF (H2, in the test server).
#
#   bench/panel-summary.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q surefire:test@default-test -Dtest=bench.PanelSummaryBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  2>&1 | grep -A6 "PANEL SUMMARY BENCHMARK"
