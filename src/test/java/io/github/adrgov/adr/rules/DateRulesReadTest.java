package io.github.adrgov.adr.rules;

import static io.github.adrgov.adr.rules.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.parse.AdrParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The date rules on files as real logs write them, read by the parser: the date is the model's, wherever the dialect
 * keeps it, and a message quotes the date only.
 */
class DateRulesReadTest {

    private final AdrParser parser = new AdrParser(StatusVocabulary.defaults());

    private Adr nygard(int n, String dateLine) {
        String text = "# " + n + ". Decision " + n + "\n\n" + dateLine + "\n\n## Status\n\nAccepted\n\n## Context\n\n"
                + "Why.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n";
        return parser.parse("docs/adr/000" + n + "-d.md", "000" + n + "-d", text);
    }

    private Adr changelog(int n, String entries) {
        String text = "# ADR " + n + ": Decision " + n + "\n\n## Status\n\nAccepted\n\n## Changelog\n\n" + entries
                + "\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n";
        return parser.parse("docs/adr/adr-00" + n + "-d.md", "adr-00" + n + "-d", text);
    }

    private static AdrLog log(Adr... adrs) {
        return new AdrLog("docs/adr", new ArrayList<>(List.of(adrs)), List.of(), List.of());
    }

    @Test
    void aChangelogDateIsTheModelsDateForMissingDateAndInvalidDate() {
        AdrLog log = log(changelog(1, "- 2022-03-03: Initial Commit"), changelog(2, "- 2022/11/14: Initial draft"),
                changelog(3, "- Initial draft"));

        assertThat(run(new MissingDateRule(), log)).containsExactly(
                "docs/adr/adr-003-d.md:1: [missing-date] The ADR has no date; add a \"## Changelog\" section whose "
                        + "first entry is dated, e.g. \"- 2025-01-15: Initial draft\".");
        assertThat(run(new InvalidDateRule(), log)).containsExactly(
                "docs/adr/adr-002-d.md:9: [invalid-date] Date \"2022/11/14\" is not an ISO date; write YYYY-MM-DD "
                        + "(2022-11-14).");
    }

    @Test
    void theMessageQuotesTheDateNotTheNoteAfterIt() {
        AdrLog log = log(nygard(1, "Date: 21.07.2017 (revised in May)"), nygard(2, "Date: **Jan 29, 2021**, by Ana"),
                nygard(3, "Date: 2021-01-01 (updated 21.03.2022)"));

        assertThat(run(new InvalidDateRule(), log)).containsExactly(
                "docs/adr/0001-d.md:3: [invalid-date] Date \"21.07.2017\" is not an ISO date; write YYYY-MM-DD "
                        + "(2017-07-21).",
                "docs/adr/0002-d.md:3: [invalid-date] Date \"Jan 29, 2021\" is not an ISO date; write YYYY-MM-DD "
                        + "(2021-01-29).");
    }

    @Test
    void anImpossibleDateNamesItsLikelyReadingAndHasNoModelDate() {
        Adr swapped = nygard(1, "Date: 2023-13-10");
        Adr noDay = nygard(2, "Date: 31/02/2018");
        Adr typo = nygard(3, "Date: 2023-07-2i");

        assertThat(swapped.date()).isNull();
        assertThat(noDay.date()).isNull();
        assertThat(run(new InvalidDateRule(), log(swapped, noDay, typo))).containsExactly(
                "docs/adr/0001-d.md:3: [invalid-date] Date \"2023-13-10\" does not exist; write a real date as "
                        + "YYYY-MM-DD (perhaps 2023-10-13).",
                "docs/adr/0002-d.md:3: [invalid-date] Date \"31/02/2018\" names no real day; write a real date as "
                        + "YYYY-MM-DD.",
                "docs/adr/0003-d.md:3: [invalid-date] Date \"2023-07-2i\" is not an ISO date; write YYYY-MM-DD.");
    }

    @Test
    void aDateLineWithoutItsColonIsInvalidNotMissing() {
        AdrLog log = log(nygard(1, "Date 09/04/2018"), nygard(2, "**Date** 2018-04-16"), nygard(3, "Date: 2018-04-20"));

        assertThat(run(new MissingDateRule(), log)).isEmpty();
        assertThat(run(new InvalidDateRule(), log)).containsExactly(
                "docs/adr/0001-d.md:3: [invalid-date] The date line has no colon after \"Date\", so other ADR tools "
                        + "do not read it, and \"09/04/2018\" is not an ISO date; write \"Date: YYYY-MM-DD\".",
                "docs/adr/0002-d.md:3: [invalid-date] The date line has no colon after \"Date\", so other ADR tools "
                        + "do not read it; write \"Date: 2018-04-16\".");
    }

    private Adr statusOnly(int n, String status) {
        String text = "# " + n + ". Decision " + n + "\n\n## Status\n\n" + status + "\n\n## Context\n\nWhy.\n\n"
                + "## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n";
        return parser.parse("docs/adr/000" + n + "-d.md", "000" + n + "-d", text);
    }

    @Test
    void aDateTheStatusLineCarriesIsTheModelsDate() {
        Adr dated = statusOnly(1, "Proposed - 30/04/2025");
        Adr iso = statusOnly(2, "Accepted on 2024-03-01");
        Adr none = statusOnly(3, "Superseded by ADR-0005 in v1.10.12");

        assertThat(dated.date()).isEqualTo(java.time.LocalDate.of(2025, 4, 30));
        assertThat(dated.dateLine()).isEqualTo(5);
        assertThat(iso.dateText()).isEqualTo("2024-03-01");
        assertThat(none.dateText()).isNull();
        AdrLog log = log(dated, iso, none);
        assertThat(run(new MissingDateRule(), log)).containsExactly(
                "docs/adr/0003-d.md:1: [missing-date] The ADR has no date; add a \"Date: YYYY-MM-DD\" line below the "
                        + "title.");
        assertThat(run(new InvalidDateRule(), log)).containsExactly(
                "docs/adr/0001-d.md:5: [invalid-date] Date \"30/04/2025\" is not an ISO date; write YYYY-MM-DD "
                        + "(2025-04-30).");
    }
}
