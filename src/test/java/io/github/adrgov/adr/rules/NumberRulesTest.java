package io.github.adrgov.adr.rules;

import static io.github.adrgov.adr.rules.Fixtures.log;
import static io.github.adrgov.adr.rules.Fixtures.nygard;
import static io.github.adrgov.adr.rules.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.NumberingMode;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Dialect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberRulesTest {

    private static Adr adr(String digits, String slug) {
        return nygard(digits, slug, "Accepted").build();
    }

    private static Adr slug(String name) {
        return Adr.builder("docs/adr/" + name + ".md").title(name, 1).dialect(Dialect.LOG4BRAINS).build();
    }

    @Test
    void missingNumberInANumberedLogSuggestsTheNextFreeNumber() {
        var log = log(adr("0001", "a"), adr("0002", "b"), slug("use-postgres"));

        assertThat(run(new MissingNumberRule(), log)).containsExactly(
                "docs/adr/use-postgres.md:1: [missing-number] The ADR has no number, but the log is numbered; rename "
                        + "the file to start with the next free number (0003-use-postgres.md).");
    }

    @Test
    void missingNumberOfAFolderStyleAdrAsksToRenameTheFolder() {
        Adr folder = Adr.builder("docs/adr/use-postgres/README.md").title("Use Postgres", 1).build();
        var log = log(adr("0001", "a"), adr("0002", "b"), folder);

        assertThat(run(new MissingNumberRule(), log)).containsExactly(
                "docs/adr/use-postgres/README.md:1: [missing-number] The ADR has no number, but the log is numbered; "
                        + "rename its folder to start with the next free number (0003-use-postgres/).");
    }

    @Test
    void missingNumberStaysQuietInASlugLog() {
        var log = log(adr("0001", "a"), slug("20240101-b"), slug("20240102-c"));

        assertThat(run(new MissingNumberRule(), log)).isEmpty();
        var numbered = ValidationConfig.builder().today(Fixtures.TODAY).numbering(NumberingMode.NUMBERED).build();
        assertThat(run(new MissingNumberRule(), log, numbered, null)).hasSize(2);
    }

    @Test
    void numberMismatchNamesBothNumbers() {
        Adr off = nygard("0003", "x", "Accepted").titleNumber(4).build();

        assertThat(run(new NumberMismatchRule(), log(adr("0001", "a"), off))).containsExactly(
                "docs/adr/0003-x.md:1: [number-mismatch] The file name says number 0003, but the title says 4; "
                        + "rename the file or fix the title.");
        assertThat(run(new NumberMismatchRule(), log(adr("0001", "a"), adr("0002", "b")))).isEmpty();
    }

    @Test
    void duplicateNumberReportsEachFileOnceNamingTheOthers() {
        var log = log(adr("0001", "a"), adr("0002", "b"), adr("0002", "c"), adr("0002", "d"), adr("0003", "e"));

        assertThat(run(new DuplicateNumberRule(), log)).containsExactly(
                "docs/adr/0002-b.md:1: [duplicate-number] Number 0002 is also used by docs/adr/0002-c.md and "
                        + "docs/adr/0002-d.md; give one of them the next free number, 0004.",
                "docs/adr/0002-c.md:1: [duplicate-number] Number 0002 is also used by docs/adr/0002-b.md and "
                        + "docs/adr/0002-d.md; give one of them the next free number, 0004.",
                "docs/adr/0002-d.md:1: [duplicate-number] Number 0002 is also used by docs/adr/0002-b.md and "
                        + "docs/adr/0002-c.md; give one of them the next free number, 0004.");
        assertThat(run(new DuplicateNumberRule(), log(adr("0001", "a"), adr("0002", "b")))).isEmpty();
    }

    @Test
    void duplicateNumberNamesAtMostFiveOtherFiles() {
        List<Adr> adrs = new ArrayList<>();
        for (char c = 'a'; c <= 'h'; c++) {
            adrs.add(adr("0001", String.valueOf(c)));
        }
        List<String> out = run(new DuplicateNumberRule(), log(adrs.toArray(new Adr[0])));

        assertThat(out).hasSize(8);
        assertThat(out.get(0)).isEqualTo("docs/adr/0001-a.md:1: [duplicate-number] Number 0001 is also used by "
                + "docs/adr/0001-b.md, docs/adr/0001-c.md, docs/adr/0001-d.md, docs/adr/0001-e.md, docs/adr/0001-f.md "
                + "and 2 more files; give one of them the next free number, 0002.");
    }

    @Test
    void numberGapListsMissingRangesOnceOnTheAdrAfterTheFirstGap() {
        var log = log(adr("0001", "a"), adr("0002", "b"), adr("0004", "d"), adr("0008", "h"), adr("0009", "i"));

        assertThat(run(new NumberGapRule(), log)).containsExactly(
                "docs/adr/0004-d.md:1: [number-gap] Numbers 0003 and 0005-0007 are missing from the sequence.");
    }

    @Test
    void numberGapSaysASingleMissingNumberAndCountsSkippedTemplates() {
        var gapOfOne = log(adr("0001", "a"), adr("0003", "c"));
        assertThat(run(new NumberGapRule(), gapOfOne)).containsExactly(
                "docs/adr/0003-c.md:1: [number-gap] Number 0002 is missing from the sequence.");

        var templateTakesOne = Fixtures.log(List.of(adr("002", "b"), adr("003", "c")), List.of(),
                List.of("docs/adr/001-ADR-template.md"));
        assertThat(run(new NumberGapRule(), templateTakesOne)).isEmpty();

        var fromZero = log(adr("0000", "z"), adr("0001", "a"), adr("0002", "b"));
        assertThat(run(new NumberGapRule(), fromZero)).isEmpty();
    }

    private static Adr dated(String digits, String slug, String date) {
        return nygard(digits, slug, "Accepted").date(date, java.time.LocalDate.parse(date), 3).build();
    }

    @Test
    void numberGapIsQuietWhenTheAdrAfterTheGapIsOlderThanTheWholeLogBeforeIt() {
        // Cosmos-family logs carry ADRs over from another log with their old numbers and dates: 015 and 025 predate
        // every ADR of 001-011, so 012-014 and 016-024 were never this log's numbers.
        var broughtIn = log(dated("001", "a", "2020-07-09"), dated("002", "b", "2022-01-05"),
                dated("011", "k", "2023-05-24"), dated("015", "o", "2019-10-22"), dated("025", "y", "2020-05-18"));
        var withoutGaps = new ArrayList<Adr>();
        for (int n = 3; n <= 10; n++) {
            withoutGaps.add(dated(String.format("%03d", n), "n" + n, "2022-06-01"));
        }
        withoutGaps.addAll(broughtIn.adrs());
        assertThat(run(new NumberGapRule(), log(withoutGaps.toArray(new Adr[0])))).isEmpty();

        // A gap followed by an ADR written after the first ones is this log's gap, whatever the dates.
        var realGap = log(dated("001", "a", "2020-07-09"), dated("002", "b", "2022-01-05"),
                dated("005", "e", "2021-03-01"));
        assertThat(run(new NumberGapRule(), realGap)).containsExactly(
                "docs/adr/005-e.md:1: [number-gap] Numbers 003-004 are missing from the sequence.");
        // One record below the gap, written later than the ones after it (a DR000 on the process), is no sign.
        var lateFirstRecord = log(dated("000", "process", "2022-02-10"), dated("002", "b", "2021-08-20"),
                dated("003", "c", "2021-10-15"));
        assertThat(run(new NumberGapRule(), lateFirstRecord)).containsExactly(
                "docs/adr/002-b.md:1: [number-gap] Number 001 is missing from the sequence.");
        // The same date on both sides: reported as before.
        assertThat(run(new NumberGapRule(), log(adr("001", "a"), adr("004", "d")))).containsExactly(
                "docs/adr/004-d.md:1: [number-gap] Numbers 002-003 are missing from the sequence.");
    }

    @Test
    void numberGapCapsTheListOfRanges() {
        List<Adr> adrs = new ArrayList<>();
        for (int n = 1; n <= 30; n += 2) {
            adrs.add(adr(String.format("%04d", n), "n" + n));
        }
        List<String> out = run(new NumberGapRule(), log(adrs.toArray(new Adr[0])));

        assertThat(out).containsExactly("docs/adr/0003-n3.md:1: [number-gap] Numbers 0002, 0004, 0006, 0008, 0010, "
                + "0012, 0014, 0016, 0018, 0020 and 4 more ranges are missing from the sequence.");
    }

    @Test
    void numberRulesStayQuietInAnUnnumberedLog() {
        var unnumbered = ValidationConfig.builder().today(Fixtures.TODAY).numbering(NumberingMode.UNNUMBERED).build();
        var log = log(adr("0001", "a"), adr("0001", "b"), adr("0005", "e"), nygard("0007", "g", "Accepted")
                .titleNumber(8).build(), adr("09", "i"));

        assertThat(run(new DuplicateNumberRule(), log, unnumbered, null)).isEmpty();
        assertThat(run(new NumberGapRule(), log, unnumbered, null)).isEmpty();
        assertThat(run(new NumberMismatchRule(), log, unnumbered, null)).isEmpty();
        assertThat(run(new InconsistentNumberWidthRule(), log, unnumbered, null)).isEmpty();
        assertThat(run(new MissingNumberRule(), log, unnumbered, null)).isEmpty();
    }

    @Test
    void inconsistentWidthNamesEachWidthWithAnExample() {
        var log = log(adr("01", "a"), adr("0002", "b"), adr("0003", "c"), adr("4", "d"), adr("0005", "e"));

        assertThat(run(new InconsistentNumberWidthRule(), log)).containsExactly(
                "docs/adr/01-a.md:1: [inconsistent-number-width] Numbers in file names are padded to different "
                        + "widths: 2 digits in 1 file (e.g. docs/adr/01-a.md), 4 digits in 3 files (e.g. "
                        + "docs/adr/0002-b.md) and no leading zeros in 1 file (e.g. docs/adr/4-d.md); pad every number "
                        + "to 4 digits.");
    }

    @Test
    void inconsistentWidthInAMostlyUnpaddedLogAsksToDropTheZeros() {
        var log = log(adr("1", "a"), adr("2", "b"), adr("03", "c"), adr("10", "j"), adr("11", "k"));

        assertThat(run(new InconsistentNumberWidthRule(), log)).containsExactly(
                "docs/adr/03-c.md:1: [inconsistent-number-width] Numbers in file names are padded to different "
                        + "widths: 2 digits in 1 file (e.g. docs/adr/03-c.md) and no leading zeros in 2 files (e.g. "
                        + "docs/adr/1-a.md); drop the leading zeros.");
    }

    @Test
    void widthIsConsistentWhenNumbersOutgrowThePaddingOrAreNeverPadded() {
        assertThat(run(new InconsistentNumberWidthRule(), log(adr("0999", "a"), adr("1000", "b"), adr("12345", "c"))))
                .isEmpty();
        assertThat(run(new InconsistentNumberWidthRule(), log(adr("1", "a"), adr("2", "b"), adr("10", "c"))))
                .isEmpty();
        assertThat(run(new InconsistentNumberWidthRule(), log(adr("001", "a"), adr("010", "b"), adr("100", "c"))))
                .isEmpty();
    }
}
