package io.github.adrgov.adr.corpus;

import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Generates a log of N ADRs (about 4 KB each, mixed dialects) and times one cold {@link LogReader#read} in this fresh
 * JVM. Not a unit test. Usage: {@code ReadBenchmark [count] [dir] [fillerLines]} (40 filler lines make about 8 KB
 * per file, 15 about 4 KB); the directory is created if needed and reused.
 */
public final class ReadBenchmark {

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = args.length > 1 ? Paths.get(args[1]) : Paths.get("target/bench-adr-" + count);
        int filler = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        boolean present;
        try (var files = Files.isDirectory(dir) ? Files.list(dir) : java.util.stream.Stream.<Path>empty()) {
            present = files.count() >= count;
        }
        if (!present) {
            generate(dir, count, filler);
        }
        long t0 = System.nanoTime();
        AdrLog log = new LogReader(ReadOptions.defaults()).read(dir.getParent() == null ? dir : dir.getParent(), dir);
        long t1 = System.nanoTime();
        System.out.printf("read %d ADRs (%d unreadable, %d skipped) in %.2f s on %d processors%n", log.size(),
                log.unreadable().size(), log.skipped().size(), (t1 - t0) / 1e9,
                Runtime.getRuntime().availableProcessors());
        AdrLog again = new LogReader(ReadOptions.defaults()).read(dir.getParent() == null ? dir : dir.getParent(), dir);
        long t2 = System.nanoTime();
        System.out.printf("second read in the same JVM (warm): %.2f s; %d ADRs%n", (t2 - t1) / 1e9, again.size());
    }

    private static void generate(Path dir, int count, int fillerLines) throws IOException {
        Files.createDirectories(dir);
        StringBuilder filler = new StringBuilder();
        for (int i = 0; i < fillerLines; i++) {
            filler.append("We weigh the options with care and write down why, so that a later reader knows the "
                    + "reasons; see [the notes](notes.md) and `code` here.\n");
        }
        for (int n = 1; n <= count; n++) {
            String text;
            switch (n % 3) {
                case 0 -> text = "# " + n + ". Decision number " + n + "\n\nDate: 2024-01-15\n\n## Status\n\n"
                        + (n % 10 == 0 ? "Superseded by [" + (n + 1) + ". Next](" + String.format("%05d", n + 1)
                                + "-decision.md)" : "Accepted")
                        + "\n\n## Context\n\n" + filler + "\n## Decision\n\nWe do it.\n\n## Consequences\n\nFine.\n";
                case 1 -> text = "---\nstatus: accepted\ndate: 2024-02-01\ndeciders: A, B\n---\n\n# Decision " + n
                        + "\n\n## Context and Problem Statement\n\n" + filler
                        + "\n## Considered Options\n\n* One\n* Two\n\n## Decision Outcome\n\nOne.\n";
                default -> text = "# ADR-" + String.format("%03d", n) + ": Decision " + n + "\n\n**Date**: 2024-03-01\n"
                        + "**Status**: Proposed\n**Deciders**: Team\n\n## Context\n\n" + filler
                        + "\n```java\nclass X {}\n```\n\n## Decision\n\nYes.\n\n## Consequences\n\nSome.\n";
            }
            Files.writeString(dir.resolve(String.format("%05d-decision.md", n)), text, StandardCharsets.UTF_8);
        }
    }
}
