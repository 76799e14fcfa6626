#!/usr/bin/env bash
# Runs a smoke set of the integration tests (validate passing and failing, index, mvn site) on the oldest Maven the
# plugin supports and on the newest 3.9.x, each fetched by the Maven Wrapper (mvnw, .mvn/wrapper/), so that the
# README's "Maven 3.6.3 or later" is tested on every change. Unit tests are not run again (the main build ran them).
#
#   scripts/smoke-maven-versions.sh [version...]      default: 3.6.3 3.9.11
set -euo pipefail
cd "$(dirname "$0")/.."

versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(3.6.3 3.9.11)
its=validate-pass,validate-fail,index-example,report-site
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for v in "${versions[@]}"; do
  # the wrapper reads the Maven version from .mvn/wrapper/maven-wrapper.properties beside the script: one copy per version
  mkdir -p "$work/$v/.mvn/wrapper"
  cp mvnw "$work/$v/mvnw"
  sed -E "s#apache-maven/[^/]+/apache-maven-[^/]+-bin#apache-maven/$v/apache-maven-$v-bin#" \
    .mvn/wrapper/maven-wrapper.properties > "$work/$v/.mvn/wrapper/maven-wrapper.properties"
  echo "== smoke ITs on Maven $v ($its)"
  start=$(date +%s)
  "$work/$v/mvnw" -B -ntp -v | head -1
  "$work/$v/mvnw" -B -ntp verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dinvoker.test="$its" \
    > "$work/$v/build.log" 2>&1 || { tail -80 "$work/$v/build.log"; echo "smoke ITs FAILED on Maven $v"; exit 1; }
  grep -E "Passed: [0-9]+, Failed: [0-9]+" "$work/$v/build.log" | head -1
  echo "Maven $v: smoke ITs passed in $(( $(date +%s) - start )) s"
done
