#!/usr/bin/env bash
# Validation benchmark (prints figures; not a test): validator build and start-up warm-up, the first
# validation after it, then warm p50/p95/p99 of the complete example notification (wall and CPU time).
#
#   bench/validation.sh [runs]      (default 3000; as many again are run first to let the JIT compile)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3000}
mvn -q -B -DskipTests test-compile
classpath=$(mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
# shellcheck disable=SC2046
java $(cat bench/jvm-options) -cp "target/test-classes:target/classes:$classpath" \
  uk.org.cdrfhir.conformance.ValidationBenchmark "$runs" 2>/dev/null | grep -v -E '^[0-9:. ]+\[main\] (DEBUG|INFO)'
