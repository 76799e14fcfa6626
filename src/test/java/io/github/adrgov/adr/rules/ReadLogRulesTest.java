package io.github.adrgov.adr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.parse.AdrParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules run on ADRs read by the parser from text written the way real logs write it: status words, dates, numbers,
 * supersession in prose and references in the body.
 */
class ReadLogRulesTest {

    private static final AdrParser PARSER = new AdrParser(StatusVocabulary.defaults());

    /** Parses {@code name, text, name, text, ...} into a log under {@code docs/adr}. */
    static AdrLog read(String... nameAndText) {
        List<Adr> adrs = new ArrayList<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            String name = nameAndText[i];
            adrs.add(PARSER.parse("docs/adr/" + name, name.replaceFirst("\\.md$", ""), nameAndText[i + 1]));
        }
        return Fixtures.log(adrs.toArray(new Adr[0]));
    }

    static String nygard(int n, String title, String date, String status) {
        return "# " + n + ". " + title + "\n\nDate: " + date + "\n\n## Status\n\n" + status
                + "\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nSo.\n";
    }

    @Test
    void theLifecycleWordsRealLogsUseAreKnown() {
        String[] words = {"Implemented", "Approved", "Done", "Adopted", "Active", "Decided", "In Review",
            "Under Review", "Pending", "Pending review", "Open", "RFC", "WIP", "Declined", "Withdrawn", "Abandoned",
            "Obsolete", "Retired", "Partially implemented", "Partially accepted", "Partly superseded",
            "Implemented in https://example.org/pull/1557", "Accepted.", "**approved**", "\u63d0\u8bae"};
        List<String> files = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            files.add(String.format("%04d-d%d.md", i + 1, i + 1));
            files.add(nygard(i + 1, "D" + (i + 1), "2024-01-01", words[i]));
        }
        AdrLog log = read(files.toArray(new String[0]));

        assertThat(Fixtures.run(new UnknownStatusRule(), log)).isEmpty();
        assertThat(log.adrs()).extracting(a -> a.statusCategory().id()).containsExactly("accepted", "accepted",
                "accepted", "accepted", "accepted", "accepted", "proposed", "proposed", "proposed", "proposed",
                "proposed", "proposed", "proposed", "rejected", "rejected", "rejected", "deprecated", "deprecated",
                "accepted", "accepted", "accepted", "accepted", "accepted", "accepted", "proposed");
    }

    @Test
    void anUnknownStatusQuotesTheLineNeverAParagraph() {
        AdrLog log = read("0001-a.md", nygard(1, "A", "2024-01-01", "Floating while the platform team weighs the "
                + "options and the budget for the coming quarter is settled by the board"),
                "0002-b.md", nygard(2, "B", "2024-01-01", "Contested"));

        assertThat(Fixtures.run(new UnknownStatusRule(), log)).containsExactly(
                "docs/adr/0001-a.md:7: [unknown-status] Status \"Floating while the platform team weighs the "
                        + "options and the ...\" is not in the vocabulary (proposed, accepted, rejected, deprecated, "
                        + "superseded, draft); if it is the log's word for one of them, map it onto its category in the plugin configuration, as in <extraStatuses><contested>accepted</contested></extraStatuses>, or fix the status.",
                "docs/adr/0002-b.md:7: [unknown-status] Status \"Contested\" is not in the vocabulary (proposed, "
                        + "accepted, rejected, deprecated, superseded, draft); if it is the log's word for one of them, map it onto its category in the plugin configuration, <extraStatuses><contested>accepted</contested></extraStatuses>, or fix the status.");
    }

    @Test
    void theFileNameGivesTheNumberAndADifferentTitleNumberIsAMismatch() {
        AdrLog log = read(
                "0028-use-queues.md", "# 29 Use queues\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n",
                "adr-013-pin-versions.md", "# ADR 012: Pin versions\n\n## Status\n\nAccepted\n",
                "0030-use-caches.md", "# 30. Use caches\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n",
                "0031-ten-rules.md", "# 10 rules for naming\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n");

        assertThat(Fixtures.run(new NumberMismatchRule(), log)).containsExactly(
                "docs/adr/0028-use-queues.md:1: [number-mismatch] The file name says number 0028, but the title says "
                        + "29; rename the file or fix the title.",
                "docs/adr/adr-013-pin-versions.md:1: [number-mismatch] The file name says number 013, but the title "
                        + "says 12; rename the file or fix the title.");
        assertThat(log.adrs()).extracting(Adr::number).containsExactly(13, 28, 30, 31);
        assertThat(log.adrs()).extracting(Adr::title).containsExactly("Pin versions", "Use queues", "Use caches",
                "10 rules for naming");
    }

    @Test
    void theAdrToolsTitlePlaceholderIsTemplateText() {
        AdrLog log = read("0004-x.md", "# n. Title\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n",
                "0005-y.md", "# NUMBER. TITLE\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n",
                "0006-z.md", "# 6. Name the N. Virginia region\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n");

        assertThat(Fixtures.run(new PlaceholderTextRule(), log)).containsExactly(
                "docs/adr/0004-x.md:1: [placeholder-text] Template text \"n. Title\" is left unfilled; replace it with "
                        + "the real content or remove it.",
                "docs/adr/0005-y.md:1: [placeholder-text] Template text \"NUMBER. TITLE\" is left unfilled; replace it "
                        + "with the real content or remove it.");
    }

    @Test
    void supersessionWrittenInTheBodyIsRead() {
        AdrLog log = read(
                "0018-use-rest.md", nygard(18, "Use REST", "2024-01-01", "Superseded by ADR-0023"),
                "0019-use-queues.md", nygard(19, "Use queues", "2024-01-01", "Accepted"),
                "0023-use-grpc.md", "# 23. Use gRPC\n\nDate: 2024-02-01\n\n## Status\n\nAccepted\n\n## Context\n\n"
                        + "We supersede [ADR 18](/adr/18) with this ADR.\n\n## Decision\n\nUse gRPC. This decision "
                        + "supersedes some aspects of [ADR 19](0019-use-queues.md); ADR-0019 may later be replaced "
                        + "by [ADR 30](/adr/30).\n\n## Consequences\n\nIt replaces the `ADR-0099` tool and "
                        + "is not superseded by ADR-0031. The IP ranges have been superseded by [ADR 19](/adr/19).\n");

        assertThat(log.supersessions().pairs()).extracting(p -> p.older().number() + "->" + p.newer().number(),
                p -> p.byNewer() == null ? null : p.byNewer().text()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("18->23", "supersede ADR 18"));
        assertThat(Fixtures.run(new BrokenSupersessionRule(), log)).isEmpty();
        assertThat(Fixtures.run(new OneSidedSupersessionRule(), log)).isEmpty();
    }

    @Test
    void amendmentsAreTheirOwnKindNeverSupersession() {
        AdrLog log = read(
                "0004-colour-superseded.md", nygard(4, "Colour superseded records", "2024-01-01",
                        "Accepted\n\nAmended by [5. Colour amendments](0005-colour-amendments.md)"),
                "0005-colour-amendments.md", nygard(5, "Colour amendments", "2024-01-02",
                        "Accepted\n\nAmends [4. Colour superseded records](0004-colour-superseded.md)\n\n"
                                + "Amends ADR-0009"));

        assertThat(log.supersessions().pairs()).isEmpty();
        assertThat(Fixtures.run(new SupersededStillActiveRule(), log)).isEmpty();
        assertThat(Fixtures.run(new BrokenReferenceRule(), log)).containsExactly(
                "docs/adr/0005-colour-amendments.md:11: [broken-reference] Reference \"Amends ADR-0009\" is broken: "
                        + "there is no ADR-0009.");
    }

    @Test
    void aReferenceAnywhereInTheBodyIsChecked() {
        AdrLog log = read(
                "0012-use-postgres.md", nygard(12, "Use Postgres", "2024-01-01", "Accepted"),
                "0013-use-redis.md", "# 13. Use Redis\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n\n"
                        + "As decided in ADR-0012 we keep Postgres; see ADR-0042 for the cache.\n"
                        + "The flag `ADR-0077` and MY_ADR-0078, ADR-0079_FLAG and ADR 2.0 are no ADRs.\n"
                        + "The platform team's record https://example.org/adr/ADR-0080 is elsewhere.\n\n"
                        + "```\nADR-0081\n```\n\n## Decision\n\nUse Redis.\n\n## Consequences\n\nFine.\n");

        assertThat(Fixtures.run(new BrokenReferenceRule(), log)).containsExactly(
                "docs/adr/0013-use-redis.md:11: [broken-reference] Reference \"ADR-0042\" is broken: there is no "
                        + "ADR-0042.");
    }

    @Test
    void aPartialSupersessionLeavesTheOlderAdrStanding() {
        AdrLog log = read(
                "0006-defaults.md", nygard(6, "Defaults", "2024-01-01",
                        "Implemented. Parts of this ADR were superseded by ADR-0020"),
                "0020-new-defaults.md", "# 20. New defaults\n\nDate: 2024-03-01\n\n**Supersedes**: ADR 0006 \u00a77 "
                        + "\"Padding\" behaviour\n\n## Status\n\nAccepted\n\nSupersedes ADR-0006 \u00a74\n\n## Context\n\nThis ADR supersedes parts of "
                        + "ADR-0006.\n\n## Decision\n\nD.\n\n## Consequences\n\nC.\n");

        assertThat(log.adrs()).extracting(a -> a.statusCategory().id()).containsExactly("accepted", "accepted");
        assertThat(log.supersessions().pairs()).isEmpty();
        assertThat(Fixtures.run(new SupersededStillActiveRule(), log)).isEmpty();
        assertThat(Fixtures.run(new OneSidedSupersessionRule(), log)).isEmpty();
        assertThat(Fixtures.run(new BrokenReferenceRule(), log)).isEmpty();
    }
}
