#!/usr/bin/env bash
# Times every rule over a generated log (default 10,000 ADRs) in one JVM and prints CPU time per rule.
# Usage: scripts/rule-timing.sh [adr-count]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -o -q test-compile
if [ ! -s target/corpus.classpath ] || [ pom.xml -nt target/corpus.classpath ]; then
  mvn -B -ntp -o -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/corpus.classpath -Dmdep.includeScope=test
fi
exec java -cp "target/classes:target/test-classes:$(cat target/corpus.classpath)" \
  io.github.adrgov.adr.rules.RuleTiming "$@"
