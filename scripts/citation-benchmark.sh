#!/usr/bin/env bash
# Cost of the citation scan of adr:validate (rules broken-citation, superseded-citation, inactive-citation): see
# README "Multi-module builds and citations". Copies this repository's own sources (src/main/java, src/test/java)
# again and again into target/bench-citations/tree until it holds N files, then times, each in a fresh JVM:
#   read  - reading every file as bytes (the floor: I/O only)
#   scan  - the citation scan as adr:validate runs it, a first (cold, class loading and JIT included) and a second
#           (warm) scan in the same JVM
# Usage: scripts/citation-benchmark.sh [--files 5000] [--runs 3] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

files=5000
runs=3
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --files) files="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --no-build) build=0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

if [ "$build" = 1 ]; then
  echo "Compiling (tests skipped)..." >&2
  mvn -B -ntp -q -DskipTests -Dinvoker.skip=true test-compile
fi
out=target/bench-citations
mkdir -p "$out"
mvn -B -ntp -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat "$out/classpath.txt")"
rm -rf "$out/tree" "$out/sources"
mkdir -p "$out/sources"
cp -r src/main/java "$out/sources/main"
cp -r src/test/java "$out/sources/test"
java -cp "$cp" io.github.adrgov.adr.bench.CitationBench generate "$out/sources" "$out/tree" "$files"
echo "| run | read (ms) | scan cold (ms) | scan warm (ms) | files | bytes | citations |" > "$out/results.md"
echo "|---|---|---|---|---|---|---|" >> "$out/results.md"
for r in $(seq 1 "$runs"); do
  read_line=$(java -cp "$cp" io.github.adrgov.adr.bench.CitationBench read "$out/tree")
  scan_line=$(java -cp "$cp" io.github.adrgov.adr.bench.CitationBench scan "$out/tree")
  get() { echo "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
  echo "| $r | $(get read_ms "$read_line") | $(get cold_ms "$scan_line") | $(get warm_ms "$scan_line") |" \
    "$(get files "$scan_line") | $(get bytes "$scan_line") | $(get citations "$scan_line") |" >> "$out/results.md"
done
cat "$out/results.md"
