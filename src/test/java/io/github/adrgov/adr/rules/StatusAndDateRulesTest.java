package io.github.adrgov.adr.rules;

import static io.github.adrgov.adr.rules.Fixtures.log;
import static io.github.adrgov.adr.rules.Fixtures.nygard;
import static io.github.adrgov.adr.rules.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.StatusCategory;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusAndDateRulesTest {

    private static Adr titled(String file, Dialect d) {
        return Adr.builder(file).title("T", 1).dialect(d).build();
    }

    @Test
    void missingStatusSaysWhereTheDialectKeepsIt() {
        var log = log(titled("docs/adr/0001-n.md", Dialect.NYGARD), titled("docs/adr/0002-t.md", Dialect.TEMPLATE),
                titled("docs/adr/0003-m.md", Dialect.MADR), titled("docs/adr/0004-l.md", Dialect.LOG4BRAINS),
                titled("docs/adr/0005-c.md", Dialect.CHANGELOG), nygard("0006", "stated", "Accepted").build());

        assertThat(run(new MissingStatusRule(), log)).containsExactly(
                "docs/adr/0001-n.md:1: [missing-status] The ADR has no status; add a \"## Status\" section below the "
                        + "title with a status such as \"Accepted\".",
                "docs/adr/0002-t.md:1: [missing-status] The ADR has no status; add a \"**Status**: Proposed\" line "
                        + "below the title.",
                "docs/adr/0004-l.md:1: [missing-status] The ADR has no status; add a \"- Status: proposed\" bullet "
                        + "below the title.",
                "docs/adr/0005-c.md:1: [missing-status] The ADR has no status; add a \"## Status\" section below the "
                        + "title with a status such as \"Accepted\".");
    }

    @Test
    void madrStatusAndDateAreOptionalUnlessRequiredFieldsNamesThem() {
        var log = log(titled("docs/adr/0001-m.md", Dialect.MADR), nygard("0002", "stated", "Accepted").build());
        var strict = ValidationConfig.builder().today(Fixtures.TODAY)
                .requiredFields(Dialect.MADR, List.of("status", "date")).build();

        assertThat(run(new MissingStatusRule(), log)).isEmpty();
        assertThat(run(new MissingDateRule(), log)).isEmpty();
        assertThat(run(new MissingStatusRule(), log, strict, null)).containsExactly(
                "docs/adr/0001-m.md:1: [missing-status] The ADR has no status; add \"status: proposed\" to the front "
                        + "matter, or a \"* Status: proposed\" bullet below the title.");
        assertThat(run(new MissingDateRule(), log, strict, null)).containsExactly(
                "docs/adr/0001-m.md:1: [missing-date] The ADR has no date; add \"date: YYYY-MM-DD\" to the front "
                        + "matter, or a \"* Date: YYYY-MM-DD\" bullet below the title.");
        assertThat(run(new MissingFieldRule(), log, strict, null)).isEmpty();
    }

    @Test
    void aLogThatRecordsNoDatesAnywhereIsNotReportedFileByFile() {
        Adr a = nygard("0001", "a", "Accepted").date(null, null, 0).build();
        Adr b = nygard("0002", "b", "Accepted").date(null, null, 0).build();
        Adr c = nygard("0003", "c", "Accepted").date(null, null, 0).build();
        Adr dated = nygard("0004", "d", "Accepted").build();

        assertThat(run(new MissingDateRule(), log(a, b, c))).isEmpty();
        assertThat(run(new MissingDateRule(), log(a, b, c, dated))).hasSize(3);
        assertThat(run(new MissingDateRule(), log(a, b))).hasSize(2);
    }

    @Test
    void anEmptyStatusIsMissingAtItsLine() {
        Adr empty = nygard("0001", "a", "Accepted").status(StatusCategory.OTHER, "", 7).build();

        assertThat(run(new MissingStatusRule(), log(empty))).containsExactly(
                "docs/adr/0001-a.md:7: [missing-status] The status is empty; write one of (proposed, accepted, "
                        + "rejected, deprecated, superseded, draft).");
        assertThat(run(new UnknownStatusRule(), log(empty))).isEmpty();
        assertThat(run(new MissingStatusRule(), log(nygard("0001", "a", "Accepted").build()))).isEmpty();
    }

    @Test
    void unknownStatusListsTheVocabulary() {
        var log = log(nygard("0001", "a", "Contested").build(), nygard("0002", "b", "Accepted").build());

        assertThat(run(new UnknownStatusRule(), log)).containsExactly(
                "docs/adr/0001-a.md:7: [unknown-status] Status \"Contested\" is not in the vocabulary (proposed, "
                        + "accepted, rejected, deprecated, superseded, draft); if it is the log's word for one of them, map it onto its category in the plugin configuration, <extraStatuses><contested>accepted</contested></extraStatuses>, or fix the status.");
    }

    @Test
    void unknownStatusNamesAddedWords() {
        var config = ValidationConfig.builder().today(Fixtures.TODAY)
                .statuses(StatusVocabulary.of(Map.of("accepted", StatusCategory.ACCEPTED))).build();
        var log = log(nygard("0001", "a", "Contested").build());

        assertThat(run(new UnknownStatusRule(), log, config, null)).containsExactly(
                "docs/adr/0001-a.md:7: [unknown-status] Status \"Contested\" is not in the vocabulary (accepted); if it is the log's word for one of them, map it onto its category in the plugin configuration, <extraStatuses><contested>accepted</contested></extraStatuses>, or fix the status.");
    }

    @Test
    void missingDateSaysWhereTheDialectKeepsIt() {
        Adr none = nygard("0001", "a", "Accepted").date(null, null, 0).build();
        Adr blank = nygard("0002", "b", "Accepted").date("", null, 3).build();
        Adr quick = Adr.builder("docs/adr/0003-q.md").title("Q", 1).dialect(Dialect.QUICK).build();

        assertThat(run(new MissingDateRule(), log(none, blank, quick))).containsExactly(
                "docs/adr/0001-a.md:1: [missing-date] The ADR has no date; add a \"Date: YYYY-MM-DD\" line below the "
                        + "title.",
                "docs/adr/0002-b.md:3: [missing-date] The date is empty; write the date of the decision as YYYY-MM-DD.",
                "docs/adr/0003-q.md:1: [missing-date] The ADR has no date; add \"| **Date**: YYYY-MM-DD\" to the "
                        + "metadata line below the title.");
        assertThat(run(new InvalidDateRule(), log(none, blank))).isEmpty();
    }

    @Test
    void invalidDateSaysTheExpectedFormatAndOffersTheIsoForm() {
        var log = log(
                nygard("0001", "a", "Accepted").date("21.07.2017", LocalDate.of(2017, 7, 21), 3).build(),
                nygard("0002", "b", "Accepted").date("2017/11/22", LocalDate.of(2017, 11, 22), 3).build(),
                nygard("0003", "c", "Accepted").date("Jan 29, 2021", LocalDate.of(2021, 1, 29), 3).build(),
                nygard("0004", "d", "Accepted").date("2025-02-30", null, 3).build(),
                nygard("0005", "e", "Accepted").date("2025-11- 05", null, 3).build(),
                nygard("0006", "f", "Accepted").date("YYYY-MM-DD", null, 3).build(),
                nygard("0007", "g", "Accepted").date("20220711", null, 3).build(),
                nygard("0008", "h", "Accepted").date("2 Sept 2024", null, 3).build(),
                nygard("0009", "i", "Accepted").date("08/01/24", null, 3).build(),
                nygard("0010", "j", "Accepted").date("Smarch 3, 2024", null, 3).build(),
                nygard("0011", "k", "Accepted").build(),
                nygard("0012", "l", "Accepted").date("2023-13-10", null, 3).build(),
                nygard("0013", "m", "Accepted").date("2021-01-01 (Updated 2021-12-20)", LocalDate.of(2021, 1, 1), 3)
                        .build());

        assertThat(run(new InvalidDateRule(), log)).containsExactly(
                "docs/adr/0001-a.md:3: [invalid-date] Date \"21.07.2017\" is not an ISO date; write YYYY-MM-DD "
                        + "(2017-07-21).",
                "docs/adr/0002-b.md:3: [invalid-date] Date \"2017/11/22\" is not an ISO date; write YYYY-MM-DD "
                        + "(2017-11-22).",
                "docs/adr/0003-c.md:3: [invalid-date] Date \"Jan 29, 2021\" is not an ISO date; write YYYY-MM-DD "
                        + "(2021-01-29).",
                "docs/adr/0004-d.md:3: [invalid-date] Date \"2025-02-30\" does not exist; write a real date as "
                        + "YYYY-MM-DD.",
                "docs/adr/0005-e.md:3: [invalid-date] Date \"2025-11- 05\" is not an ISO date; write YYYY-MM-DD "
                        + "(2025-11-05).",
                "docs/adr/0006-f.md:3: [invalid-date] Date \"YYYY-MM-DD\" is still the template placeholder; write "
                        + "the date of the decision.",
                "docs/adr/0007-g.md:3: [invalid-date] Date \"20220711\" is not an ISO date; write YYYY-MM-DD "
                        + "(2022-07-11).",
                "docs/adr/0008-h.md:3: [invalid-date] Date \"2 Sept 2024\" is not an ISO date; write YYYY-MM-DD "
                        + "(2024-09-02).",
                "docs/adr/0009-i.md:3: [invalid-date] Date \"08/01/24\" is not an ISO date, and the log's other dates "
                        + "do not say whether the day or the month comes first; write YYYY-MM-DD (2024-01-08 or "
                        + "2024-08-01).",
                "docs/adr/0010-j.md:3: [invalid-date] Date \"Smarch 3, 2024\" is not an ISO date; write YYYY-MM-DD.",
                "docs/adr/0012-l.md:3: [invalid-date] Date \"2023-13-10\" does not exist; write a real date as "
                        + "YYYY-MM-DD (perhaps 2023-10-13).");
    }

    @Test
    void futureDateComparesWithTheConfiguredToday() {
        Adr tomorrow = nygard("0001", "a", "Accepted").date("2026-01-16", LocalDate.of(2026, 1, 16), 3).build();
        Adr today = nygard("0002", "b", "Accepted").date("2026-01-15", Fixtures.TODAY, 3).build();

        assertThat(run(new FutureDateRule(), log(tomorrow, today))).containsExactly(
                "docs/adr/0001-a.md:3: [future-date] Date 2026-01-16 lies in the future; write the date the decision "
                        + "was made.");
    }

    @Test
    void missingFieldAsksForDecidersInTheTemplate() {
        Adr none = Adr.builder("docs/adr/0001-a.md").title("A", 1).dialect(Dialect.TEMPLATE).build();
        Adr empty = Adr.builder("docs/adr/0002-b.md").title("B", 1).dialect(Dialect.TEMPLATE)
                .field("Deciders", "", 4).build();
        Adr named = Adr.builder("docs/adr/0003-c.md").title("C", 1).dialect(Dialect.TEMPLATE)
                .field("Deciders", "Ana, Ben", 4).build();
        Adr nygard = nygard("0004", "d", "Accepted").build();

        assertThat(run(new MissingFieldRule(), log(none, empty, named, nygard))).containsExactly(
                "docs/adr/0001-a.md:1: [missing-field] Required field \"Deciders\" is missing; add a "
                        + "\"**Deciders**: ...\" line below the title.",
                "docs/adr/0002-b.md:4: [missing-field] Required field \"Deciders\" is empty; fill it in.");
    }

    @Test
    void missingFieldAcceptsAnyAlternative() {
        var config = ValidationConfig.builder().today(Fixtures.TODAY)
                .requiredFields(Dialect.MADR, java.util.List.of("deciders|decision-makers")).build();
        Adr madr4 = Adr.builder("docs/adr/0001-a.md").title("A", 5).dialect(Dialect.MADR)
                .field("decision-makers", "Ana", 3).build();
        Adr none = Adr.builder("docs/adr/0002-b.md").title("B", 5).dialect(Dialect.MADR).build();

        assertThat(run(new MissingFieldRule(), log(madr4, none), config, null)).containsExactly(
                "docs/adr/0002-b.md:5: [missing-field] Required field \"deciders\" is missing; add \"deciders: ...\" "
                        + "to the front matter, or a \"* deciders: ...\" bullet below the title.");
    }
}
