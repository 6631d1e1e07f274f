#!/usr/bin/env bash
# What a notification costs by its size (prints figures; not a test): warm validation of notifications
# of 50, 100 and the maximum of entries (cdr.input-limits.max-entries), and the refusal of one of
# 10,000 entries before validation.
#
#   bench/input-cost.sh [runs]      (default 50; as many again are run first to let the JIT compile)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-50}
mvn -q -B -DskipTests test-compile
classpath=$(mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
# shellcheck disable=SC2046
java $(cat bench/jvm-options) -cp "target/test-classes:target/classes:$classpath" \
  uk.org.cdrfhir.security.InputCostBenchmark "$runs" 2>/dev/null | grep -v -E '^[0-9:. ]+\[main\] (DEBUG|INFO)'
