package io.github.adrgov.adr.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.edit.AtomicWriter;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.parse.DateReader;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixerTest {

    private static final String BOM = "\uFEFF";

    @TempDir
    Path base;

    private final ValidationConfig config = ValidationConfig.builder().today(LocalDate.of(2026, 1, 15))
            .indexFile("docs/adr/README.md").build();

    private static String nygard(int n, String title, String date, String status, String eol) {
        return String.join(eol, "# " + n + ". " + title, "", "Date: " + date, "", "## Status", "", status, "",
                "## Context", "", "Some context.", "", "## Decision", "", "Some decision.", "", "## Consequences", "",
                "Some consequences.");
    }

    private void write(String file, String text) throws Exception {
        Path p = base.resolve("docs/adr").resolve(file);
        Files.createDirectories(p.getParent());
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    }

    private String read(String file) throws Exception {
        return new String(Files.readAllBytes(base.resolve("docs/adr").resolve(file)), StandardCharsets.UTF_8);
    }

    private ValidationResult validate() throws Exception {
        return new Validator().validate(new LogReader(ReadOptions.defaults()).read(base, base.resolve("docs/adr")),
                config, base, null);
    }

    /** Runs the fix as the goal does; returns the change lines. */
    private List<String> fix(Set<String> only) throws Exception {
        Fixer fixer = new Fixer(config, base, only);
        FixPlan adrs = fixer.planAdrs(validate());
        assertThat(adrs.refused()).isEmpty();
        adrs.changes().writeAll(new AtomicWriter(base));
        FixPlan index = fixer.planIndex(validate());
        assertThat(index.refused()).isEmpty();
        index.changes().writeAll(new AtomicWriter(base));
        List<String> out = new ArrayList<>();
        adrs.fixes().forEach(f -> out.add(f.format()));
        index.fixes().forEach(f -> out.add(f.format()));
        return out;
    }

    private List<String> fix() throws Exception {
        return fix(Set.of());
    }

    private List<String> rules() throws Exception {
        return validate().findings().stream().map(Finding::rule).toList();
    }

    @Test
    void anUnambiguousDateBecomesIsoKeepingBomCrlfAndNoTrailingNewline() throws Exception {
        String before = BOM + nygard(1, "Keep a log", "25/02/2018", "Accepted", "\r\n");
        write("0001-keep-a-log.md", before);

        assertThat(fix()).containsExactly("docs/adr/0001-keep-a-log.md:3: [invalid-date] 25/02/2018 -> 2018-02-25");
        assertThat(read("0001-keep-a-log.md")).isEqualTo(before.replace("25/02/2018", "2018-02-25"));
        assertThat(rules()).doesNotContain("invalid-date");
        assertThat(fix()).isEmpty();
        assertThat(read("0001-keep-a-log.md")).isEqualTo(before.replace("25/02/2018", "2018-02-25"));
    }

    @Test
    void aDateAfterAKeyInAnotherLanguageIsFixedAndAnEntityBeforeItIsNot() throws Exception {
        String chinese = nygard(1, "Keep a log", "2017/11/22", "Accepted", "\n").replace("Date:", "\u65E5\u671F:") + "\n";
        String entity = nygard(2, "Use postgres", "&#x31;2/16/2024", "Accepted", "\n") + "\n";
        write("0001-keep-a-log.md", chinese);
        write("0002-use-postgres.md", entity);

        assertThat(fix(Set.of("invalid-date"))).containsExactly(
                "docs/adr/0001-keep-a-log.md:3: [invalid-date] 2017/11/22 -> 2017-11-22");
        assertThat(read("0001-keep-a-log.md")).isEqualTo(chinese.replace("2017/11/22", "2017-11-22"));
        assertThat(read("0002-use-postgres.md")).isEqualTo(entity);
    }

    @Test
    void anAmbiguousDateIsLeftForAPersonAndListedAsJudgement() throws Exception {
        String before = nygard(1, "Keep a log", "05/02/2018", "Accepted", "\n") + "\n";
        write("0001-keep-a-log.md", before);

        FixPlan plan = new Fixer(config, base, Set.of()).planAdrs(validate());
        assertThat(plan.fixes()).isEmpty();
        assertThat(plan.judgement()).extracting(Finding::rule).containsExactly("invalid-date");
        assertThat(read("0001-keep-a-log.md")).isEqualTo(before);
    }

    @Test
    void aFrontMatterDateAndANamedMonthAreWrittenInIsoAndNothingElseMoves() throws Exception {
        String madr = "---\nstatus: accepted\ndate: 2023-9-5\ndeciders: Ana, Bo\n---\n# Use feature flags\n\n"
                + "## Context and Problem Statement\n\nWhy.\n\n## Considered Options\n\n* flags\n\n"
                + "## Decision Outcome\n\nFlags.\n";
        String template = "# ADR-002: Pin images\n\n**Date**: March 7th, 2024 (amended later)\n**Status**: Accepted\n"
                + "**Deciders**: Ana\n\n## Context\nc\n## Decision Drivers\nd\n## Considered Options\no\n"
                + "## Decision\nd\n## Rationale\nr\n## Consequences\nc\n";
        write("0001-use-feature-flags.md", madr);
        write("0002-pin-images.md", template);

        assertThat(fix()).containsExactly(
                "docs/adr/0001-use-feature-flags.md:3: [invalid-date] 2023-9-5 -> 2023-09-05",
                "docs/adr/0002-pin-images.md:3: [invalid-date] March 7th, 2024 -> 2024-03-07");
        assertThat(read("0001-use-feature-flags.md")).isEqualTo(madr.replace("2023-9-5", "2023-09-05"));
        assertThat(read("0002-pin-images.md")).isEqualTo(template.replace("March 7th, 2024", "2024-03-07"));
        assertThat(fix()).isEmpty();
    }

    @Test
    void aSupersededAdrThatStillReadsAcceptedGetsItsStatusInItsOwnDialect() throws Exception {
        String old = nygard(1, "Use postgres", "2024-01-01", "Accepted", "\n") + "\n";
        String newer = nygard(2, "Use mysql", "2024-02-01", "Accepted\n\nSupersedes [1. Use postgres](0001-use-postgres.md)",
                "\n") + "\n";
        write("0001-use-postgres.md", old);
        write("0002-use-mysql.md", newer);

        assertThat(fix()).containsExactly("docs/adr/0001-use-postgres.md:7: [superseded-still-active] Accepted ->"
                + " Superseded by [2. Use mysql](0002-use-mysql.md)");
        assertThat(read("0001-use-postgres.md")).isEqualTo(old.replace("\nAccepted\n",
                "\nSuperseded by [2. Use mysql](0002-use-mysql.md)\n"));
        assertThat(read("0002-use-mysql.md")).isEqualTo(newer);
        assertThat(rules()).isEmpty();
        assertThat(fix()).isEmpty();
    }

    @Test
    void theMissingSideOfAOneSidedSupersessionIsWrittenWithCrlfKept() throws Exception {
        String old = nygard(3, "Sign requests", "2024-01-01", "Superseded by [4. Use mtls](0004-use-mtls.md)", "\r\n")
                + "\r\n";
        String newer = nygard(4, "Use mtls", "2024-02-01", "Accepted", "\r\n") + "\r\n";
        write("0003-sign-requests.md", old);
        write("0004-use-mtls.md", newer);

        assertThat(fix()).containsExactly("docs/adr/0004-use-mtls.md:9: [one-sided-supersession] adds"
                + " \"Supersedes [3. Sign requests](0003-sign-requests.md)\"");
        assertThat(read("0004-use-mtls.md")).isEqualTo(newer.replace("\r\nAccepted\r\n",
                "\r\nAccepted\r\n\r\nSupersedes [3. Sign requests](0003-sign-requests.md)\r\n"));
        assertThat(rules()).containsExactly("number-gap");
        assertThat(fix()).isEmpty();
    }

    @Test
    void supercededIsSpelledRightOnStatusAndLinkLinesOnly() throws Exception {
        String old = nygard(5, "Use xml", "2024-01-01", "Superceded by [6. Use json](0006-use-json.md)", "\n")
                .replace("Some context.", "The word superceded in prose stays.") + "\n";
        String newer = nygard(6, "Use json", "2024-02-01", "Accepted\n\nSupercedes [5. Use xml](0005-use-xml.md)", "\n");
        write("0005-use-xml.md", old);
        write("0006-use-json.md", newer);

        assertThat(fix()).containsExactly(
                "docs/adr/0005-use-xml.md:7: [superseded-spelling] Superceded -> Superseded",
                "docs/adr/0006-use-json.md:9: [superseded-spelling] Supercedes -> Supersedes");
        assertThat(read("0005-use-xml.md")).isEqualTo(old.replace("Superceded by", "Superseded by"));
        assertThat(read("0006-use-json.md")).isEqualTo(newer.replace("Supercedes", "Supersedes"));
        assertThat(fix()).isEmpty();
    }

    @Test
    void onlyTheFixesAskedForAreMade() throws Exception {
        String old = nygard(1, "Use postgres", "25/02/2018", "Accepted", "\n") + "\n";
        String newer = nygard(2, "Use mysql", "2024-02-01", "Accepted\n\nSupersedes [1. Use postgres](0001-use-postgres.md)",
                "\n") + "\n";
        write("0001-use-postgres.md", old);
        write("0002-use-mysql.md", newer);

        assertThat(fix(Set.of("invalid-date"))).containsExactly(
                "docs/adr/0001-use-postgres.md:3: [invalid-date] 25/02/2018 -> 2018-02-25");
        assertThat(rules()).containsExactly("superseded-still-active");
    }

    @Test
    void aHandKeptIndexIsTakenOverKeepingTheTextAroundItsList() throws Exception {
        for (int i = 1; i <= 4; i++) {
            write(String.format("%04d-decision-%d.md", i, i),
                    nygard(i, "Decision " + i, "2024-01-0" + i, "Accepted", "\n") + "\n");
        }
        String intro = "# Decisions\n\nWritten by hand.\n\n";
        String outro = "\nAsk the team before adding one.\n";
        write("README.md", intro + "* [1](0001-decision-1.md) - Decision 1\n* [2](0002-decision-2.md) - Decision 2\n"
                + "* [3](0003-decision-3.md) - Decision 3\n" + outro);
        assertThat(rules()).containsExactly("unlisted-adr");

        assertThat(fix()).containsExactly("docs/adr/README.md:5: [unlisted-adr] the hand-kept list (lines 5-7) is"
                + " replaced by a marked index block that mvn adr:index keeps up to date; the text around it stays,"
                + " and stale-index guards the block from now on");
        String now = read("README.md");
        assertThat(now).startsWith(intro + "<!-- adr-index:start -->\n").endsWith("<!-- adr-index:end -->\n" + outro)
                .contains("| 0004 | [Decision 4](0004-decision-4.md) | Accepted | 2024-01-04 |");
        assertThat(rules()).isEmpty();
        assertThat(fix()).isEmpty();

        write("0004-decision-4.md", nygard(4, "Decision 4", "2024-01-04", "Deprecated", "\n") + "\n");
        assertThat(rules()).containsExactly("stale-index");
        assertThat(fix()).containsExactly("docs/adr/README.md:5: [stale-index] the marked index block is written"
                + " again from the ADR files");
        assertThat(read("README.md")).startsWith(intro).endsWith(outro)
                .contains("| 0004 | [Decision 4](0004-decision-4.md) | Deprecated | 2024-01-04 |");
        assertThat(rules()).isEmpty();
    }

    @Test
    void aFixIdThatIsNotAFixIsRefusedNamingTheFixes() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Fixer(config, base, Set.of("missing-section")))
                .hasMessage("adr.fix.rules names 'missing-section', which adr:fix does not fix; use invalid-date,"
                        + " superseded-still-active, one-sided-supersession, superseded-spelling, stale-index,"
                        + " unlisted-adr");
    }

    @Test
    void aChangelogEntryDateAndADateWhoseOrderTheLogSettlesAreWrittenInIso() throws Exception {
        String changelog = "# ADR 003: Use events\n\n## Status\n\nAccepted\n\n## Changelog\n\n"
                + "- 2022/11/14: Initial draft\n- 2023/3/24: Update types\n\n## Context\n\nc\n\n## Decision\n\nd\n\n"
                + "## Consequences\n\nc\n";
        String settles = nygard(1, "Keep a log", "25/04/2022", "Accepted", "\n") + "\n";
        String open = nygard(2, "Use postgres", "05/01/2022 (first draft)", "Accepted", "\n") + "\n";
        write("adr-003-use-events.md", changelog);
        write("0001-keep-a-log.md", settles);
        write("0002-use-postgres.md", open);

        assertThat(fix(Set.of("invalid-date"))).containsExactly(
                "docs/adr/0001-keep-a-log.md:3: [invalid-date] 25/04/2022 -> 2022-04-25",
                "docs/adr/0002-use-postgres.md:3: [invalid-date] 05/01/2022 -> 2022-01-05",
                "docs/adr/adr-003-use-events.md:9: [invalid-date] 2022/11/14 -> 2022-11-14");
        assertThat(read("adr-003-use-events.md")).isEqualTo(changelog.replace("2022/11/14", "2022-11-14"));
        assertThat(read("0002-use-postgres.md")).isEqualTo(open.replace("05/01/2022", "2022-01-05"));
    }

    @Test
    void readsDatesOnlyWhenTheirReadingIsUnambiguous() {
        // adr:fix reads dates with the parser's own reader: one reader of dates for the whole plugin
        assertThat(iso("2018/02/05")).isEqualTo("2018-02-05");
        assertThat(iso("25.02.2018")).isEqualTo("2018-02-25");
        assertThat(iso("02/25/2018")).isEqualTo("2018-02-25");
        assertThat(iso("03/03/2018")).isEqualTo("2018-03-03");
        assertThat(iso("5 Sept 2024")).isEqualTo("2024-09-05");
        assertThat(iso("05/02/2018")).isNull();
        assertThat(iso("2023-07-2i")).isNull();
        assertThat(iso("31/02/2018")).isNull();
    }

    private static String iso(String text) {
        DateReader.Found f = DateReader.at(text, 0, null);
        return f == null || f.date() == null ? null : f.date().toString();
    }
}
