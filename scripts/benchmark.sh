#!/usr/bin/env bash
# Performance benchmark of adr-maven-plugin, side by side in one run: see README "Performance".
#
# Times whole processes (GNU time: wall, CPU = user + system, peak RSS), the cases of one round interleaved so that a
# change of machine load hits them alike, and prints ratios (median of the per-round ratios):
#   - `mvn -o -q validate` on a generated 200-ADR project: without the plugin, with it declared and skipped, with
#     maven-clean-plugin bound and skipped (for scale), with adr:validate on a first build (no target/) and on an
#     unchanged log (target/ kept);
#   - the same on a generated 10,000-ADR project, against Maven alone, with the peak memory;
#   - when npm is on the machine: markdownlint-cli2 and adr-log on the same 10,000 files (installed under
#     target/bench/peers by this script).
# The plugin is installed into a repository of the benchmark's own (target/bench/m2, filled from ~/.m2 as a file
# mirror), never into ~/.m2.
#
# Usage: scripts/benchmark.sh [--runs 5] [--sizes 200,10000] [--no-build] [--no-peers] [--core]
#   --core  also run the plain-Java benchmark of the core (cold/warm read, flexmark's bare parse) afterwards
# Results: target/bench/results.md; every run's figures: target/bench/runs.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

runs=5
sizes=200,10000
build=1
peers=1
core=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --sizes) sizes="$2"; shift ;;
    --no-build) build=0 ;;
    --no-peers) peers=0 ;;
    --core) core=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (Debian/Ubuntu: apt-get install time)" >&2; exit 2; }

bench="$root/target/bench"
version=$(sed -n "s:^  <version>\(.*\)</version>:\1:p" pom.xml | head -1)
if [ "$build" = 1 ]; then
  echo "Building the plugin (tests skipped)..." >&2
  mvn -B -ntp -q -DskipTests package
fi
. scripts/lib/install-plugin.sh
install_plugin "$bench" "$version"

pom() { # pom <plugins xml>
  cat <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>adr-bench</artifactId><version>1</version><packaging>pom</packaging>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <build><plugins>$1</plugins></build>
</project>
XML
}
adr_plugin() { # adr_plugin <configuration xml>
  echo "<plugin><groupId>io.github.adrgov</groupId><artifactId>adr-maven-plugin</artifactId><version>$version</version>
    <configuration><failOnViolation>false</failOnViolation>$1</configuration>
    <executions><execution><goals><goal>validate</goal></goals></execution></executions></plugin>"
}
clean_plugin="<plugin><artifactId>maven-clean-plugin</artifactId><version>3.4.1</version>
  <configuration><skip>true</skip></configuration>
  <executions><execution><id>c</id><phase>validate</phase><goals><goal>clean</goal></goals></execution></executions></plugin>"

# the generator of the test sources writes logs of ADRs in five dialects, about 4 KB each
mvn -B -ntp -q -o test-compile -Dinvoker.skip=true 2>/dev/null || mvn -B -ntp -q test-compile -Dinvoker.skip=true
IFS=, read -r -a size_list <<< "$sizes"
for n in "${size_list[@]}"; do
  p="$bench/p$n"
  if [ ! -f "$p/docs/adr/.complete" ]; then
    rm -rf "$p"; mkdir -p "$p/docs/adr"
    java -cp target/test-classes io.github.adrgov.adr.bench.AdrGenerator "$p/docs/adr" "$n" >&2
    touch "$p/docs/adr/.complete"
  fi
  pom "" > "$p/pom-plain.xml"
  pom "$(adr_plugin '')" > "$p/pom-adr.xml"
  pom "$(adr_plugin '<skip>true</skip>')" > "$p/pom-skip.xml"
  pom "$clean_plugin" > "$p/pom-clean.xml"
done

have_peers=0
if [ "$peers" = 1 ] && command -v npm > /dev/null; then
  if [ ! -x "$bench/peers/node_modules/.bin/markdownlint-cli2" ] || [ ! -x "$bench/peers/node_modules/.bin/adr-log" ]; then
    echo "Installing markdownlint-cli2 and adr-log under $bench/peers..." >&2
    npm install --no-audit --no-fund --silent --prefix "$bench/peers" markdownlint-cli2@0.24.1 adr-log@2.2.0 >&2
  fi
  have_peers=1
fi

# case name -> directory and command
declare -A dir cmd reset
add() { dir[$1]="$2"; cmd[$1]="$3"; reset[$1]="${4:-}"; order+=("$1"); }
order=()
for n in "${size_list[@]}"; do
  p="$bench/p$n"
  m="${mvn_cmd[*]} -o -q"
  add "plain-$n" "$p" "$m -f pom-plain.xml validate"
  add "skip-$n" "$p" "$m -f pom-skip.xml validate"
  [ "$n" = "${size_list[0]}" ] && add "clean-$n" "$p" "$m -f pom-clean.xml validate"
  add "cold-$n" "$p" "$m -f pom-adr.xml validate" "$p/target"
  add "warm-$n" "$p" "$m -f pom-adr.xml validate"
  if [ "$have_peers" = 1 ] && [ "$n" = "${size_list[-1]}" ]; then
    add "mdlint-$n" "$p" "$bench/peers/node_modules/.bin/markdownlint-cli2 \"docs/adr/**/*.md\""
    add "adrlog-$n" "$p" "$bench/peers/node_modules/.bin/adr-log -d docs/adr"
  fi
done

tsv="$bench/runs.tsv"
printf 'case\tround\twall\tcpu\trss_kib\n' > "$tsv"
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
echo "Warm-up run of each case (Maven online, to fill target/bench/m2)..." >&2
for c in "${order[@]}"; do
  [ -n "${reset[$c]}" ] && rm -rf "${reset[$c]}"
  (cd "${dir[$c]}" && eval "${cmd[$c]/ -o -q / -q }" > /dev/null 2>&1 || true)
done
for r in $(seq 1 "$runs"); do
  for c in "${order[@]}"; do
    [ -n "${reset[$c]}" ] && rm -rf "${reset[$c]}"
    (cd "${dir[$c]}" && /usr/bin/time -o "$bench/time.txt" -f '%e %U %S %M' bash -c "${cmd[$c]}" > /dev/null 2>&1 || true)
    read -r wall user sys rss < <(tail -1 "$bench/time.txt")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    printf '%s\t%s\t%s\t%s\t%s\n' "$c" "$r" "$wall" "$cpu" "$rss" >> "$tsv"
    printf '  round %s %-14s %7.2f s wall %7.2f s CPU %6d MiB\n' "$r" "$c" "$wall" "$cpu" $((rss / 1024)) >&2
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

# median of a case's column; median of the per-round ratio of two cases' column
median() { awk -F'\t' -v c="$1" -v k="$2" 'NR > 1 && $1 == c { print $k }' "$tsv" | sort -g | awk '{ v[NR] = $1 }
  END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -F'\t' -v a="$1" -v b="$2" -v k="$3" 'NR > 1 && $1 == a { x[$2] = $k } NR > 1 && $1 == b { y[$2] = $k }
  END { for (r in x) if (r in y && y[r] > 0) print x[r] / y[r] }' "$tsv" | sort -g | awk '{ v[NR] = $1 }
  END { if (NR == 0) print "n/a"; else printf "%.2fx", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
row() { # row <label> <case> <reference case> <target>
  printf '| %s | %.2f s | %.2f s | %s | %s | %s |\n' "$1" "$(median "$2" 3)" "$(median "$3" 3)" \
    "$(ratio "$2" "$3" 3)" "$(ratio "$2" "$3" 4)" "$4"
}
{
  echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1), $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g');"
  echo "load average before $load_before, after $load_after; $runs rounds, cases interleaved; medians of the"
  echo "per-round ratios (wall clock and CPU = user + system), whole processes."
  echo
  echo "| case | with the plugin | reference | wall ratio | CPU ratio | target |"
  echo "|---|---:|---:|---:|---:|---:|"
  small=${size_list[0]}
  row "plugin declared and skipped vs no plugin ($small ADRs)" "skip-$small" "plain-$small" "<= 1.15x"
  row "for scale: maven-clean-plugin bound and skipped" "clean-$small" "plain-$small" ""
  for n in "${size_list[@]}"; do
    row "$n ADRs, unchanged log (target/ kept) vs no plugin" "warm-$n" "plain-$n" \
      "$([ "$n" = 200 ] && echo '<= 1.3x' || ([ "$n" = 10000 ] && echo '<= 2.0x') || true)"
    row "$n ADRs, first build (no target/) vs no plugin" "cold-$n" "plain-$n" \
      "$([ "$n" = 200 ] && echo '<= 1.6x' || ([ "$n" = 10000 ] && echo '<= 5.0x') || true)"
  done
  big=${size_list[-1]}
  if [ "$have_peers" = 1 ]; then
    row "$big ADRs, first build vs markdownlint-cli2 on the same files" "cold-$big" "mdlint-$big" "<= 0.12x"
    row "$big ADRs, unchanged log vs markdownlint-cli2" "warm-$big" "mdlint-$big" ""
    row "$big ADRs, first build vs adr-log (index only) on the same files" "cold-$big" "adrlog-$big" ""
  fi
  echo
  printf 'Peak memory (largest process, median), %s ADRs: first build %d MiB, unchanged log %d MiB, Maven alone %d MiB (target <= 350 MiB).\n' \
    "$big" $(( $(median "cold-$big" 5 | cut -d. -f1) / 1024 )) $(( $(median "warm-$big" 5 | cut -d. -f1) / 1024 )) \
    $(( $(median "plain-$big" 5 | cut -d. -f1) / 1024 ))
} | tee "$bench/results.md"

if [ "$core" = 1 ]; then
  mvn -B -ntp -q -o org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$bench/classpath.txt" -Dmdep.includeScope=test
  java -cp "target/classes:target/test-classes:$(cat "$bench/classpath.txt")" io.github.adrgov.adr.bench.BenchmarkRunner \
    --runs "$runs" --sizes "$sizes" --out "$bench/core-results.md"
fi
