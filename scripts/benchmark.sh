#!/usr/bin/env bash
# Performance benchmark of adr-maven-plugin: see README "Performance".
# Builds the plugin jar (tests skipped), then times, each in a fresh JVM or Maven run:
#   validate of generated logs of 200 and 10,000 ADRs (1 core vs 2 cores, without, with an empty and with a warm
#   parse cache), flexmark's bare parse of the same files, and `mvn -o -q validate` on a generated 200-ADR project
#   without and with adr:validate bound.
# Usage: scripts/benchmark.sh [--runs 5] [--sizes 200,10000] [--no-build] [--no-maven]
# Generated data and results go under target/bench/ (results.md holds the table).
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
maven=1
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --no-maven) maven=0 ;;
    *) args+=("$1") ;;
  esac
  shift
done

if [ "$build" = 1 ]; then
  echo "Building the plugin (tests skipped)..." >&2
  mvn -B -ntp -q -DskipTests -Dinvoker.skip=true clean package
fi
mkdir -p target/bench
mvn -B -ntp -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
version=$(sed -n "s:^  <version>\(.*\)</version>:\1:p" pom.xml | head -1)
cp="target/classes:target/test-classes:$(cat target/bench/classpath.txt)"
if [ "$maven" = 1 ]; then
  # installed into target/bench/m2 only, never into ~/.m2
  args+=(--maven "target/adr-maven-plugin-$version.jar" pom.xml)
fi
exec java -cp "$cp" io.github.adrgov.adr.bench.BenchmarkRunner "${args[@]}"
