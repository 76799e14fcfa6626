package io.github.adrgov.adr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.bench.AdrGenerator;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.BaselineSnapshot;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.result.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of a {@link FileRule}: its findings about a file depend on that file and the configuration alone, so
 * that the engine may check each file on its own and cache its findings. The types keep a file rule from the log, the
 * base directory and the baseline; this test catches the rest (state kept from one file to the next, the clock) for
 * every file rule of the catalogue, and shows that it catches planted violations.
 */
class FileRuleContractTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    @TempDir
    Path base;
    AdrLog log;

    @BeforeEach
    void readLog() throws IOException {
        Path dir = base.resolve("docs/adr");
        new AdrGenerator(40).write(dir);
        Files.writeString(dir.resolve("0041-left-unfilled.md"), """
                # ADR-041: Left unfilled

                **Status**: Proposed | Accepted | Rejected
                **Date**: YYYY-MM-DD

                ## Context

                [Describe the context and the problem here.]

                ## Decision

                {decision}

                ## Consequences

                TODO
                """);
        Files.writeString(dir.resolve("0042-broken-front-matter.md"), "---\nstatus: [accepted\n---\n# Broken\n\nText.\n");
        Files.writeString(dir.resolve("0043-no-title.md"), "Status: Accepted\n\nNo heading at all.\n");
        Files.writeString(dir.resolve("0044-left-unfilled-too.md"), """
                # ADR-044: Left unfilled too

                **Status**: Accepted | **Date**: 2025-02-01

                ## Context

                [Describe the context.]

                ## Decision

                We decide.

                ## Consequences

                TODO
                """);
        log = new LogReader(ReadOptions.defaults()).read(base, dir);
    }

    @Test
    void everyFileRuleOfTheCatalogueKeepsTheContract() {
        int fileRules = 0;
        for (Rule rule : Rules.all()) {
            if (rule instanceof FileRule fr) {
                fileRules++;
                assertThat(violations(fr, log)).as(rule.id()).isEmpty();
                assertThat(wholeLog(fr, log, config(TODAY))).as("%s finds something here, so the check means something",
                        rule.id()).isNotEmpty();
            }
        }
        assertThat(fileRules).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aFileRuleThatRemembersEarlierFilesIsCaught() {
        FileRule remembers = new Planted() {
            private final Set<String> titles = new HashSet<>();

            @Override
            public void check(Adr adr, FileContext ctx) {
                String key = adr.title() == null ? "" : adr.title().replaceAll("[0-9]", "");
                if (!titles.add(key)) {
                    ctx.report(adr, 1, "Another ADR has this title.");
                }
            }
        };

        assertThat(violations(remembers, log)).isNotEmpty()
                .anyMatch(v -> v.contains("differs when each file is checked on its own"));
    }

    @Test
    void aFileRuleThatLooksAtTheClockIsCaught() {
        FileRule clock = new Planted() {
            @Override
            public void check(Adr adr, FileContext ctx) {
                if (adr.date() != null && adr.date().isBefore(ctx.config().today().minusYears(1))) {
                    ctx.report(adr, 1, "Older than a year.");
                }
            }
        };

        assertThat(violations(clock, log)).isNotEmpty()
                .anyMatch(v -> v.contains("depends on the date of today"));
    }

    @Test
    void aRuleAboutTheWholeLogIsNoFileRuleAndCannotPassAsOne() {
        // the types: a FileRule is given one ADR and a context with no log in it
        assertThat(FileRule.FileContext.class.getMethods()).extracting(m -> m.getName())
                .containsOnly("config", "report");
    }

    // ---- the checker

    /** What a file rule does that breaks the contract on this log, one line per kind of breach; empty when none. */
    static List<String> violations(FileRule rule, AdrLog log) {
        List<String> out = new ArrayList<>();
        Map<String, List<String>> whole = byFile(wholeLog(rule, log, config(TODAY)));
        Map<String, List<String>> alone = new TreeMap<>();
        List<Adr> reversed = new ArrayList<>(log.adrs());
        java.util.Collections.reverse(reversed);
        for (Adr adr : reversed) {
            List<String> found = new ArrayList<>();
            rule.check(adr, context(config(TODAY), found));
            alone.putAll(byFile(found));
        }
        if (!whole.equals(alone)) {
            out.add(rule.id() + ": what it finds over the whole log differs when each file is checked on its own,"
                    + " in another order");
        }
        if (!byFile(wholeLog(rule, log, config(TODAY))).equals(whole)) {
            out.add(rule.id() + ": a second run over the same log finds something else");
        }
        if (!byFile(wholeLog(rule, log, config(TODAY.plusYears(30)))).equals(whole)
                || !byFile(wholeLog(rule, log, config(TODAY.minusYears(30)))).equals(whole)) {
            out.add(rule.id() + ": what it finds depends on the date of today");
        }
        return out;
    }

    private static List<String> wholeLog(FileRule rule, AdrLog log, ValidationConfig config) {
        List<String> found = new ArrayList<>();
        rule.check(new RuleContext() {
            @Override public AdrLog log() { return log; }

            @Override public ValidationConfig config() { return config; }

            @Override public Optional<Path> baseDir() { return Optional.empty(); }

            @Override public Optional<BaselineSnapshot> baseline() { return Optional.empty(); }

            @Override public boolean numbered() { return true; }

            @Override public void report(String file, Integer line, String message) {
                found.add(file + ":" + line + ": " + message);
            }
        });
        return found;
    }

    private static FileRule.FileContext context(ValidationConfig config, List<String> found) {
        return new FileRule.FileContext() {
            @Override public ValidationConfig config() { return config; }

            @Override public void report(String file, Integer line, String message) {
                found.add(file + ":" + line + ": " + message);
            }
        };
    }

    private static Map<String, List<String>> byFile(List<String> findings) {
        Map<String, List<String>> m = new TreeMap<>();
        for (String f : findings) {
            m.computeIfAbsent(f.substring(0, f.indexOf(':')), k -> new ArrayList<>()).add(f);
        }
        return m;
    }

    private static ValidationConfig config(LocalDate today) {
        return ValidationConfig.builder().today(today).build();
    }

    /** A planted violation: a file rule that breaks the contract. */
    private abstract static class Planted extends FileRule {
        @Override public String id() { return "planted"; }

        @Override public Severity defaultSeverity() { return Severity.WARNING; }

        @Override public String description() { return "A planted violation of the file-rule contract."; }
    }
}
