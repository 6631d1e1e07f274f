#!/usr/bin/env bash
# The validator differential over a larger corpus than StockValidatorDifferentialTest (prints the
# summary and every difference; exit status 1 if there is one): the server's validator against the
# stock HAPI FhirInstanceValidator with the same definitions and settings.
#
#   bench/validation-differential.sh [synthetic] [mutated] [seed]     (default 5000 20000 2017)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
classpath=$(mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
# shellcheck disable=SC2046
java $(cat bench/jvm-options) -cp "target/test-classes:target/classes:$classpath" \
  uk.org.cdrfhir.conformance.ValidatorDifferentialBenchmark "$@" 2>/dev/null | grep -v -E '^[0-9:. ]+\[main\] (DEBUG|INFO|WARN)'
