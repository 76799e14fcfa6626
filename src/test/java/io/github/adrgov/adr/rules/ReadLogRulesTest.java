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
                        + "superseded, draft); add it with <extraStatuses> or fix the status.",
                "docs/adr/0002-b.md:7: [unknown-status] Status \"Contested\" is not in the vocabulary (proposed, "
                        + "accepted, rejected, deprecated, superseded, draft); add it with <extraStatuses> or fix the "
                        + "status.");
    }
}
