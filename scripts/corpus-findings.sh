#!/usr/bin/env bash
# Writes the findings of every ADR log of the corpus, one line each, to a file, so that two commits can be compared:
#   scripts/corpus-findings.sh /tmp/before.txt          (on the old commit)
#   scripts/corpus-findings.sh /tmp/after.txt           (on the new commit)
#   diff /tmp/before.txt /tmp/after.txt
# Usage: scripts/corpus-findings.sh [out-file] [corpus-dir] [today]
#   out-file   default target/corpus-findings.txt
#   corpus-dir default ../shared/corpus (a folder per repository, each holding its ADR folder)
#   today      the date future-date judges by, default 2026-01-15, so that runs on different days compare
# Each line: <repository>/<adr folder> <SEVERITY> <file>:<line>: [<rule>] <message>, paths relative to the repository.
# The program is compiled here against target/classes and uses only LogReader, ValidationConfig and Validator, so the
# same script runs on older commits too. Needs the project's dependencies in the local repository (mvn -o).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/corpus-findings.txt}"
corpus="${2:-../shared/corpus}"
today="${3:-2026-01-15}"
mvn -B -ntp -o -q compile
mkdir -p target/corpus-findings
mvn -B -ntp -o -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/corpus-findings/classpath.txt \
  -Dmdep.includeScope=runtime
cat > target/corpus-findings/CorpusFindings.java <<'JAVA'
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.validate.Validator;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

public class CorpusFindings {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        ValidationConfig config = ValidationConfig.builder().today(LocalDate.parse(args[2])).build();
        int logs = 0;
        int findings = 0;
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), false, StandardCharsets.UTF_8)) {
            for (Path repo : dirs(corpus)) {
                for (Path dir : dirs(repo)) {
                    String name = repo.getFileName() + "/" + dir.getFileName();
                    AdrLog log = new LogReader(ReadOptions.defaults()).read(repo, dir);
                    for (Finding f : new Validator().validate(log, config, repo, null).findings()) {
                        out.println(name + " " + f.severity() + " " + f.format());
                        findings++;
                    }
                    logs++;
                }
            }
        }
        System.out.println(logs + " logs, " + findings + " findings written to " + args[1]);
    }

    private static List<Path> dirs(Path p) throws Exception {
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }
}
JAVA
mkdir -p "$(dirname "$out")"
exec java -cp "target/classes:$(cat target/corpus-findings/classpath.txt)" target/corpus-findings/CorpusFindings.java \
  "$corpus" "$out" "$today"
