package io.github.adrgov.adr.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.citations.Citation;
import io.github.adrgov.adr.citations.CodeCitations;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.parse.FileWork;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.rules.Rule;
import io.github.adrgov.adr.rules.RuleContext;
import io.github.adrgov.adr.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings memo: a build whose inputs are all as they were runs no rule and gives the findings of a fresh
 * validation; a change to anything the findings were made of (an ADR, a link's target on disk, the index file, the
 * day, the citations, the memo's own bytes) runs the rules again.
 */
class FindingsMemoTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    @TempDir
    Path base;
    Path adrDir;
    Path cacheDir;
    final CountingRule counting = new CountingRule();

    @BeforeEach
    void writeLog() throws IOException {
        adrDir = base.resolve("docs/adr");
        cacheDir = base.resolve("target/adr/cache");
        Files.createDirectories(adrDir);
        Files.writeString(adrDir.resolve("0001-record-decisions.md"), """
                # 1. Record decisions

                Date: 2024-02-01

                ## Status

                Accepted

                ## Context

                See the [diagram](../images/diagram.png).

                ## Decision

                We record decisions.

                ## Consequences

                Some.
                """);
        Files.writeString(adrDir.resolve("0002-use-queues.md"), """
                # 2. Use queues

                Date: 2026-06-01

                ## Status

                Accepted

                ## Context

                Load.

                ## Decision

                Queues.

                ## Consequences

                More moving parts.
                """);
        for (int n = 3; n <= 5; n++) {
            Files.writeString(adrDir.resolve("000" + n + "-decision-" + n + ".md"), "# " + n + ". Decision " + n
                    + "\n\nDate: 2024-03-0" + n + "\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n\n## Decision\n\n"
                    + "D.\n\n## Consequences\n\nE.\n");
        }
        Files.writeString(adrDir.resolve("README.md"), index(false));
    }

    /** The hand-kept index: every ADR but 0002, or every one. */
    private static String index(boolean withSecond) {
        return "# Decisions\n\n- [1. Record decisions](0001-record-decisions.md)\n"
                + (withSecond ? "- [2. Use queues](0002-use-queues.md)\n" : "")
                + "- [3. Decision 3](0003-decision-3.md)\n- [4. Decision 4](0004-decision-4.md)\n"
                + "- [5. Decision 5](0005-decision-5.md)\n";
    }

    @Test
    void aBuildOverUnchangedInputsRunsNoRuleAndGivesTheFreshFindings() throws IOException {
        List<String> fresh = fresh(config());
        assertThat(fresh).as("findings that depend on the project's files and on the day")
                .anyMatch(l -> l.contains("[broken-link]") && l.contains("diagram.png"))
                .anyMatch(l -> l.contains("[unlisted-adr]") && l.contains("0002-use-queues.md"))
                .anyMatch(l -> l.contains("[future-date]"));

        List<String> first = run(config());
        List<String> second = run(config());

        assertThat(first).isEqualTo(fresh);
        assertThat(second).isEqualTo(fresh);
        assertThat(counting.runs).as("the rules ran in the first build only").isEqualTo(1);
        assertThat(memoFile()).exists();
    }

    @Test
    void aLinkTargetThatAppearsOrGoesIsSeen() throws IOException {
        run(config());
        Path diagram = base.resolve("docs/images/diagram.png");
        Files.createDirectories(diagram.getParent());
        Files.write(diagram, new byte[] {1, 2, 3});

        List<String> withTarget = run(config());
        assertThat(withTarget).isEqualTo(fresh(config())).noneMatch(l -> l.contains("[broken-link]"));

        Files.delete(diagram);
        List<String> without = run(config());
        assertThat(without).isEqualTo(fresh(config())).anyMatch(l -> l.contains("[broken-link]"));
        assertThat(counting.runs).isEqualTo(3);
    }

    @Test
    void aNearMissThatAppearsIsSeen() throws IOException {
        // a broken link to a file that is there under another case: the rule lists the folder to say so
        Path adr = adrDir.resolve("0001-record-decisions.md");
        Files.writeString(adr, Files.readString(adr).replace("../images/diagram.png", "0002-USE-QUEUES.md"));
        List<String> first = run(config());
        assertThat(first).isEqualTo(fresh(config()));
        // a file no glob includes: the log is the same, the folder the rule listed is not
        Files.writeString(adrDir.resolve("0002-USE-QUEUES-notes.txt"), "notes");

        assertThat(run(config())).isEqualTo(fresh(config()));
        assertThat(counting.runs).as("a new name in the folder the rule listed").isEqualTo(2);
    }

    @Test
    void anEditedIndexIsReadAgain() throws IOException {
        run(config());
        Files.writeString(adrDir.resolve("README.md"), index(true));

        List<String> after = run(config());

        assertThat(after).isEqualTo(fresh(config())).noneMatch(l -> l.contains("[unlisted-adr]"));
        assertThat(counting.runs).isEqualTo(2);
    }

    @Test
    void anotherDayIsAnotherMemo() throws IOException {
        run(config());
        ValidationConfig later = config(LocalDate.of(2026, 7, 1));

        List<String> afterTheDate = run(later);

        assertThat(afterTheDate).isEqualTo(fresh(later)).noneMatch(l -> l.contains("[future-date]"));
        assertThat(counting.runs).isEqualTo(2);
    }

    @Test
    void otherCitationsAreAnotherMemo() throws IOException {
        run(config());
        CodeCitations cited = CodeCitations.of(List.of(new Citation("src/main/java/App.java", 3, "ADR-7", 7, null)));

        List<String> withCitation = run(config(), cited);

        assertThat(withCitation).anyMatch(l -> l.contains("[broken-citation]"));
        assertThat(counting.runs).isEqualTo(2);
        assertThat(run(config(), cited)).isEqualTo(withCitation);
        assertThat(counting.runs).isEqualTo(2);
    }

    @Test
    void aDamagedMemoIsIgnoredAndRewritten() throws IOException {
        List<String> fresh = fresh(config());
        run(config());
        byte[] bytes = Files.readAllBytes(memoFile());
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(memoFile(), bytes);

        assertThat(run(config())).isEqualTo(fresh);
        assertThat(counting.runs).isEqualTo(2);
        assertThat(run(config())).isEqualTo(fresh);
        assertThat(counting.runs).as("the rewritten memo is used").isEqualTo(2);
    }

    @Test
    void aChangedAdrRunsTheRulesAgain() throws IOException {
        run(config());
        Path adr = adrDir.resolve("0002-use-queues.md");
        Files.writeString(adr, Files.readString(adr).replace("Date: 2026-06-01", "Date: 2025-06-01"));

        assertThat(run(config())).isEqualTo(fresh(config())).noneMatch(l -> l.contains("[future-date]"));
        assertThat(counting.runs).isEqualTo(2);
    }

    // ---- helpers

    /** A rule about the whole log that counts its runs and finds nothing. */
    static final class CountingRule implements Rule {
        int runs;

        @Override
        public String id() {
            return "counting-test";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.INFO;
        }

        @Override
        public String description() {
            return "counts its runs";
        }

        @Override
        public void check(RuleContext context) {
            runs++;
        }
    }

    private static ValidationConfig config() {
        return config(TODAY);
    }

    /** As the mojo configures it: the index file is the log's README.md. */
    private static ValidationConfig config(LocalDate today) {
        return ValidationConfig.builder().today(today).indexFile("docs/adr/README.md").build();
    }

    private List<String> run(ValidationConfig config) throws IOException {
        return run(config, CodeCitations.none());
    }

    private List<String> run(ValidationConfig config, CodeCitations cited) throws IOException {
        List<Rule> rules = new ArrayList<>(Rules.all());
        rules.add(counting);
        Validator v = new Validator(rules);
        FileWork checks = v.fileChecks(config);
        LogReader.Result read = new LogReader(ReadOptions.defaults().withCacheDirectory(cacheDir))
                .read(base, adrDir, checks);
        return lines(v.validate(read, checks, config, base, null, cited, cacheDir).findings());
    }

    private List<String> fresh(ValidationConfig config) throws IOException {
        return lines(new Validator().validate(new LogReader(ReadOptions.defaults()).read(base, adrDir), config, base,
                null).findings());
    }

    private static List<String> lines(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.severity() + " " + f.format()));
        return out;
    }

    private Path memoFile() throws IOException {
        try (Stream<Path> s = Files.list(cacheDir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("findings-")).findFirst().orElseThrow();
        }
    }

    /** The same components as {@link FindingsMemo.Look}, with a record's generated methods. */
    private record GeneratedLook(char kind, String path) {
    }

    @Test
    void aLookHashesAndComparesAsARecordDoes() {
        for (FindingsMemo.Look l : List.of(new FindingsMemo.Look('e', "docs/adr/0001-a.md"),
                new FindingsMemo.Look('n', "docs"), new FindingsMemo.Look('d', null))) {
            assertThat(l.hashCode()).isEqualTo(new GeneratedLook(l.kind(), l.path()).hashCode());
            assertThat(l).isEqualTo(new FindingsMemo.Look(l.kind(), l.path()));
        }
        assertThat(new FindingsMemo.Look('e', "a")).isNotEqualTo(new FindingsMemo.Look('f', "a"))
                .isNotEqualTo(new FindingsMemo.Look('e', "b")).isNotEqualTo("a");
    }
}
