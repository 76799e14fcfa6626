#!/usr/bin/env bash
# Renders the ADR report of a generated log, under `mvn site` and as the standalone `mvn adr:report`, and takes
# screenshots of its pages in headless Chromium, to look at the report as a reader would.
#
# The log is the benchmark's generator (src/test/.../bench/AdrGenerator: five dialects, supersessions every tenth
# ADR, a broken supersession, unknown statuses, impossible dates, missing sections, placeholders), with every 13th
# title made long and every 17th template status written with a remark ("Accepted (approved by ...)"), in a project
# whose scm.url is set, so that the ADR pages link their source files.
#
# Usage: scripts/report-preview.sh [--size 1000] [--no-build] [--no-shots]
# Needs: the plugin's dependencies in ~/.m2 (any earlier build), chromium for the screenshots.
# Output: target/report-preview/p<size>/target/site/adr/ (site), .../target/reports/adr/ (standalone), and
# target/report-preview/*.png (the index, an excerpt of it that shows the findings, the page of a long title).
# PREVIEW_SKIP_MVN=1 takes the screenshots again of pages already rendered.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

size=1000
build=1
shots=1
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size="$2"; shift ;;
    --no-build) build=0 ;;
    --no-shots) shots=0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

out="$root/target/report-preview"
version=$(sed -n "s:^  <version>\(.*\)</version>:\1:p" pom.xml | head -1)
site_version=$(sed -n "s:.*<site.plugin.version>\(.*\)</site.plugin.version>.*:\1:p" pom.xml | head -1)
if [ "$build" = 1 ]; then
  echo "Building the plugin and the test classes (tests skipped)..." >&2
  mvn -o -B -ntp -q -DskipTests package test-compile
fi
. scripts/lib/install-plugin.sh
INSTALL_PLUGIN_SKIP="${PREVIEW_SKIP_MVN:-}" install_plugin "$out" "$version"
mvn_cmd+=(-ntp)

p="$out/p$size"
if [ "${PREVIEW_SKIP_MVN:-}" != 1 ]; then
rm -rf "$p"
mkdir -p "$p/docs/adr"
java -cp target/test-classes io.github.adrgov.adr.bench.AdrGenerator "$p/docs/adr" "$size" >&2
# long titles (every 13th ADR) and statuses with a remark (every 17th template ADR), as real logs write them
for f in "$p"/docs/adr/[0-9]*.md; do
  k=$((10#$(basename "$f" | cut -d- -f1)))
  if [ $((k % 13)) = 0 ]; then
    perl -0pi -e 's/^(# [^\n]+)$/$1, and keep the old path running for the partners who cannot move before the end of the next financial year/m' "$f"
  fi
  if [ $((k % 17)) = 0 ]; then
    perl -0pi -e 's/^\*\*Status\*\*: Accepted$/**Status**: Accepted (approved by the architecture board after the security review of the payment flow)/m' "$f"
  fi
done

cat > "$p/pom.xml" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>preview</groupId><artifactId>adr-report-preview</artifactId><version>1</version><packaging>pom</packaging>
  <name>ADR report preview ($size ADRs)</name>
  <scm><url>https://example.org/acme/orders/tree/main</url></scm>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <project.reporting.outputEncoding>UTF-8</project.reporting.outputEncoding>
    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
  </properties>
  <build><pluginManagement><plugins>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-site-plugin</artifactId><version>$site_version</version></plugin>
    <plugin><groupId>io.github.adrgov</groupId><artifactId>adr-maven-plugin</artifactId><version>$version</version></plugin>
  </plugins></pluginManagement></build>
  <reporting><excludeDefaults>true</excludeDefaults><plugins>
    <plugin><groupId>io.github.adrgov</groupId><artifactId>adr-maven-plugin</artifactId><version>$version</version>
      <reportSets><reportSet><reports><report>report</report></reports></reportSet></reportSets></plugin>
  </plugins></reporting>
</project>
XML
(cd "$p" && "${mvn_cmd[@]}" -q site && "${mvn_cmd[@]}" adr:report | grep 'ADR report')
fi

if [ "$shots" = 1 ]; then
  command -v chromium > /dev/null || { echo "no chromium: pages written, no screenshots" >&2; exit 0; }
  shot() { # shot <name> <file> <height>
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,"$3" \
      --screenshot="$out/$1.png" "file://$2" > /dev/null 2>&1
    echo "$out/$1.png" >&2
  }
  long=$(cd "$p/target/site/adr" && set -- 0013-*.html && echo "$1")
  # the findings are below 1,000 index rows and the graph: an excerpt of the page (the first rows, no graph) shows them
  excerpt() { # excerpt <index.html> <excerpt.html>
    python3 - "$1" "$2" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
i = s.index('<table', s.index('id="index"'))
j = s.index('</table>', i)
rows = re.findall(r'<tr.*?</tr>', s[i:j], re.S)
s = s[:i] + s[i:s.index('>', i) + 1] + ''.join(rows[:16]) + s[j:]
s = re.sub(r'<svg.*?</svg>', '<p>(graph left out of this excerpt)</p>', s, flags=re.S)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
  }
  excerpt "$p/target/site/adr/index.html" "$p/target/site/adr/excerpt.html"
  excerpt "$p/target/reports/adr/index.html" "$p/target/reports/adr/excerpt.html"
  shot site-index "$p/target/site/adr/index.html" 2400
  shot site-index-excerpt "$p/target/site/adr/excerpt.html" 2000
  shot site-adr-long-title "$p/target/site/adr/$long" 1400
  shot standalone-index "$p/target/reports/adr/index.html" 2400
  shot standalone-index-excerpt "$p/target/reports/adr/excerpt.html" 2000
  shot standalone-adr-long-title "$p/target/reports/adr/$long" 1400
fi
