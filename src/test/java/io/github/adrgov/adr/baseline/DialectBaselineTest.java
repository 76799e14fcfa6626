package io.github.adrgov.adr.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.rules.DeletedAdrRule;
import io.github.adrgov.adr.rules.IllegalStatusTransitionRule;
import io.github.adrgov.adr.rules.ModifiedAcceptedRule;
import io.github.adrgov.adr.rules.NumberReusedRule;
import io.github.adrgov.adr.validate.Validator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline rules with the real parser and log reader, per dialect: superseding an accepted ADR the way each
 * dialect writes it passes; an edit of its text does not.
 */
class DialectBaselineTest {

    @TempDir
    Path dir;

    private final Validator validator = new Validator(List.of(new ModifiedAcceptedRule(), new NumberReusedRule(),
            new DeletedAdrRule(), new IllegalStatusTransitionRule()));

    private List<String> validate() throws Exception {
        AdrLog current = new LogReader(ReadOptions.defaults()).read(dir, dir.resolve("docs/adr"));
        // the disk log lends its parses to the baseline where the text is the same
        BaselineOutcome outcome = new GitBaseline(ReadOptions.defaults())
                .load(dir, dir.resolve("docs/adr"), "main", current);
        assertThat(outcome.kind()).as(outcome.message()).isEqualTo(BaselineOutcome.Kind.LOADED);
        return validator.validate(current, ValidationConfig.defaults(), dir, outcome.snapshot()).findings().stream()
                .map(Finding::format).toList();
    }

    private static final String NYGARD_1 = "# 1. Record architecture decisions\n\nDate: 2024-03-01\n\n## Status\n\n"
            + "Accepted\n\n## Context\n\nWe forget why.\n\n## Decision\n\nWe keep ADRs.\n\n## Consequences\n\n"
            + "We write more.\n";
    private static final String NYGARD_1_SUPERSEDED = NYGARD_1.replace("Accepted\n",
            "Accepted\n\nSuperceded by [2. Keep decisions in the wiki](0002-keep-decisions-in-the-wiki.md)\n");
    private static final String NYGARD_2 = "# 2. Keep decisions in the wiki\n\nDate: 2024-04-01\n\n## Status\n\n"
            + "Accepted\n\nSupercedes [1. Record architecture decisions](0001-record-architecture-decisions.md)\n\n"
            + "## Context\n\nFiles are hard.\n\n## Decision\n\nWiki.\n\n## Consequences\n\nNo review.\n";

    @Test
    void nygardSupersessionWrittenByAdrToolsPasses() throws Exception {
        try (GitFixture git = GitFixture.init(dir)) {
            git.write("docs/adr/0001-record-architecture-decisions.md", NYGARD_1).commit("one");
            git.branch("feature").write("docs/adr/0001-record-architecture-decisions.md", NYGARD_1_SUPERSEDED)
                    .write("docs/adr/0002-keep-decisions-in-the-wiki.md", NYGARD_2).commit("supersede");

            assertThat(validate()).isEmpty();
        }
    }

    @Test
    void nygardEditOfTheDecisionFails() throws Exception {
        try (GitFixture git = GitFixture.init(dir)) {
            git.write("docs/adr/0001-record-architecture-decisions.md", NYGARD_1).commit("one");
            git.branch("feature").write("docs/adr/0001-record-architecture-decisions.md",
                    NYGARD_1.replace("We keep ADRs.", "We keep ADRs in the wiki.")).commit("edit");

            assertThat(validate()).containsExactly("docs/adr/0001-record-architecture-decisions.md:15:"
                    + " [modified-accepted] This ADR was accepted when this branch left main and its text has"
                    + " changed: line 15 now reads \"We keep ADRs in the wiki.\". Accepted ADRs are not rewritten:"
                    + " undo the change and write a new ADR that supersedes this one.");
        }
    }

    private static final String MADR_1 = "---\nstatus: accepted\ndate: 2024-05-01\n---\n\n# Use JSON for the API\n\n"
            + "## Context and Problem Statement\n\nClients need a format.\n\n## Considered Options\n\n* JSON\n* XML\n\n"
            + "## Decision Outcome\n\nChosen option: JSON.\n";

    @Test
    void madrFrontMatterStatusChangePassesAndReopeningFails() throws Exception {
        try (GitFixture git = GitFixture.init(dir)) {
            git.write("docs/adr/0001-use-json-for-the-api.md", MADR_1).commit("one");
            git.branch("feature").write("docs/adr/0001-use-json-for-the-api.md",
                    MADR_1.replace("status: accepted", "status: deprecated")).commit("deprecate");
            assertThat(validate()).isEmpty();

            git.write("docs/adr/0001-use-json-for-the-api.md", MADR_1.replace("status: accepted", "status: proposed"))
                    .commit("reopen");
            assertThat(validate()).containsExactly("docs/adr/0001-use-json-for-the-api.md:2:"
                    + " [illegal-status-transition] Status changed from \"accepted\" on main to \"proposed\"; an"
                    + " accepted ADR may only become deprecated or superseded (adr.statusTransitions).");
        }
    }

    @Test
    void uncommittedEditsInTheWorkingTreeCount() throws Exception {
        try (GitFixture git = GitFixture.init(dir)) {
            git.write("docs/adr/0001-record-architecture-decisions.md", NYGARD_1).commit("one");
            git.branch("feature").write("docs/adr/0001-record-architecture-decisions.md",
                    NYGARD_1.replace("We forget why.", "We forget why, often."));

            assertThat(validate()).singleElement().asString().contains("[modified-accepted]")
                    .contains("line 11 now reads \"We forget why, often.\"");
        }
    }
}
