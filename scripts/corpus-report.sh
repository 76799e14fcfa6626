#!/usr/bin/env bash
# Reads every ADR log of the shared corpus with the parser and prints what it made of them.
# Usage: scripts/corpus-report.sh [corpus-dir] [--detail] [--only <name part>]
#        scripts/corpus-report.sh --findings [corpus-dir] [--detail] [--only <name part>]
#   --findings: stages every log at its original path under target/corpus-layout and runs the rules with zero
#   configuration, printing per log the ADRs and the findings per rule (--detail: every finding).
# Needs a local repository that holds the project's dependencies (run `mvn test-compile` once online).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -o -q test-compile
if [ ! -s target/corpus.classpath ] || [ pom.xml -nt target/corpus.classpath ]; then
  mvn -B -ntp -o -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/corpus.classpath -Dmdep.includeScope=test
fi
main=io.github.adrgov.adr.corpus.CorpusReport
if [ "${1:-}" = "--findings" ]; then
  main=io.github.adrgov.adr.corpus.CorpusFindings
  shift
fi
exec java -cp "target/classes:target/test-classes:$(cat target/corpus.classpath)" "$main" "${@:-../shared/corpus}"
