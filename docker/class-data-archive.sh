#!/usr/bin/env bash
# Prepares the packaged server for a faster start: extracts the jar into plain jars (Spring Boot's
# tools jar mode) and builds a class-data-sharing archive of the classes a start-up loads, so the
# JVM maps them ready-parsed and verified instead of loading each from a jar. Run it again after
# every build, and with the same java that will run the server (the archive is tied to both).
#
#   docker/class-data-archive.sh [jar] [directory]     defaults: target/cdr-fhir.jar app
# then start from inside the directory (the archive records the class path as given):
#   cd app && java -XX:SharedArchiveFile=cdr-fhir.jsa -Xmx1g -XX:+UseParallelGC -jar cdr-fhir.jar
#
# The training start runs on a throw-away H2 database and stops once the application context is
# refreshed (the package installed, the validator warming). The archive is built from the list of
# classes it loaded ("static" CDS): JDK 17's dynamic archive (-XX:ArchiveClassesAtExit) and its
# archiving of lambda classes crash this JDK (17.0.15, SIGSEGV in
# SystemDictionaryShared::adjust_lambda_proxy_class_dictionary), so lambda proxies are left out of
# the list and are made at run time as usual.
set -euo pipefail
jar=${1:-target/cdr-fhir.jar}
dir=${2:-app}
name=$(basename "$jar" .jar)
[ ! -e "$dir" ] || { echo "$dir exists: remove it first" >&2; exit 1; }
java -Djarmode=tools -jar "$jar" extract --destination "$dir"
cd "$dir"
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
CDR_DATA_DIR="$training" java -XX:DumpLoadedClassList="$training/classes.lst" -Xmx1g -XX:+UseParallelGC \
  -Dspring.context.exit=onRefresh -jar "$name.jar" --server.port=0 >"$training/training.log" 2>&1 \
  || { echo "the training start failed; log:" >&2; tail -n 40 "$training/training.log" >&2; exit 1; }
grep -v '^@lambda-proxy' "$training/classes.lst" >"$training/classes-without-lambdas.lst"
java -Xshare:dump -XX:SharedClassListFile="$training/classes-without-lambdas.lst" \
  -XX:SharedArchiveFile="$name.jsa" -Xmx1g -XX:+UseParallelGC -cp "$name.jar" >"$training/dump.log" 2>&1 \
  || { echo "building the archive failed; log:" >&2; grep -v '\[warning\]' "$training/dump.log" | tail -n 40 >&2; exit 1; }
echo "$dir/$name.jsa: $(du -m "$name.jsa" | cut -f1) MB; start with: cd $dir && java -XX:SharedArchiveFile=$name.jsa ... -jar $name.jar"
