package io.github.adrgov.adr.rules;

import static io.github.adrgov.adr.rules.ReadLogRulesTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The section rules and the MADR line on ADRs read by the parser, written the way real logs write them: the chosen
 * option under its own heading, options written as headings a level too high, the changelog family's files, MADR files
 * that state no status or date.
 */
class SectionWordingTest {

    private static String madr(String title, String outcomeHeading) {
        return "# " + title + "\n\n## Context and Problem Statement\n\nWhy.\n\n## Considered Options\n\n* A\n* B\n\n"
                + outcomeHeading + "\n\nWe take A.\n";
    }

    @Test
    void aHeadingThatNamesTheChosenOptionIsTheDecision() {
        AdrLog log = read(
                "0001-a.md", madr("A", "## Chosen Solution"),
                "0002-b.md", madr("B", "### Chosen option: self-hosted search"),
                "0003-c.md", madr("C", "## Decision Outcome"),
                "0004-d.md", madr("D", "## Open questions"));

        assertThat(Fixtures.run(new MissingSectionRule(), log)).containsExactly(
                "docs/adr/0004-d.md:1: [missing-section] Required section \"Decision Outcome\" (or \"Decision\") is "
                        + "missing (madr: MADR, \"# Title\" with the status in bullets or YAML front matter; its "
                        + "required sections are set with <requiredSections><madr>Context and Problem "
                        + "Statement|Context, Considered Options|Options Considered, Decision Outcome|Decision"
                        + "</madr></requiredSections>).");
    }

    @Test
    void theTradeOffsOrImpactOfADecisionAreItsConsequences() {
        String base = "# ADR 00%d: Size the ids\n\n## Status\n\nAccepted\n\n## Changelog\n\n- 2024-01-02: First draft\n\n"
                + "## Context\n\nWhy.\n\n## Decision\n\nEight bytes.\n\n%s\n\nSo.\n";
        AdrLog log = read(
                "adr-001-a.md", String.format(base, 1, "## Tradeoffs"),
                "adr-002-b.md", String.format(base, 2, "## Trade-offs"),
                "adr-003-c.md", String.format(base, 3, "## Impact"),
                "adr-004-d.md", String.format(base, 4, "## Areas of impact"));

        assertThat(Fixtures.run(new MissingSectionRule(), log)).containsExactly(
                "docs/adr/adr-004-d.md:1: [missing-section] Required section \"Consequences\" is missing "
                        + "(changelog: the Cosmos family, \"# ADR 012: Title\" with a Status section and a dated "
                        + "Changelog; its required sections are set with <requiredSections><changelog>Status, "
                        + "Context, Decision, Consequences</changelog></requiredSections>).");
    }

    @Test
    void optionsWrittenAsHeadingsOfTheirOwnLevelFillTheOptionsHeading() {
        String slipped = "# Testing tools\n\n## Context and Problem Statement\n\nWhy.\n\n## Options Considered\n\n"
                + "## Unit testing\n\n* Jest\n* Mocha\n\n## Decision Outcome\n\nJest.\n";
        String empty = "# Queues\n\n## Context and Problem Statement\n\nWhy.\n\n## Considered Options\n\n"
                + "## Decision Outcome\n\nKafka.\n";
        String nested = "# Caches\n\n## Context and Problem Statement\n\nWhy.\n\n## Considered Options\n\n"
                + "### Redis\n\nFast.\n\n## Decision Outcome\n\nRedis.\n\n## Consequences\n\n## Notes\n\nSee the wiki.\n";
        AdrLog log = read("0001-testing-tools.md", slipped, "0002-queues.md", empty, "0003-caches.md", nested);
        ValidationConfig config = ValidationConfig.builder().today(Fixtures.TODAY)
                .requiredSections(Dialect.MADR, List.of("Context", "Considered Options", "Decision", "Consequences"))
                .build();

        assertThat(Fixtures.run(new EmptySectionRule(), log, config, null)).containsExactly(
                "docs/adr/0002-queues.md:7: [empty-section] Required section \"Considered Options\" is empty; write "
                        + "its content.",
                "docs/adr/0003-caches.md:17: [empty-section] Required section \"Consequences\" is empty; write its "
                        + "content.");
    }

    @Test
    void aChangelogFileIsNamedByItsDialectInTheMessage() {
        String changelog = "# ADR 003: Pin versions\n\n## Changelog\n\n- 2024-01-02: First draft\n\n## Status\n\n"
                + "Accepted\n\n## Context\n\nWhy.\n\n## Decision\n\nPin.\n";
        AdrLog log = read("adr-003-pin-versions.md", changelog);

        assertThat(log.adrs().get(0).dialect()).isEqualTo(Dialect.CHANGELOG);
        assertThat(Fixtures.run(new MissingSectionRule(), log)).containsExactly(
                "docs/adr/adr-003-pin-versions.md:1: [missing-section] Required section \"Consequences\" is missing "
                        + "(changelog: the Cosmos family, \"# ADR 012: Title\" with a Status section and a dated "
                        + "Changelog; its required sections are set with <requiredSections><changelog>Status, "
                        + "Context, Decision, Consequences</changelog></requiredSections>).");
    }

    private static String bare(String title) {
        return "# " + title + "\n\n## Context and Problem Statement\n\nWhy.\n\n## Considered Options\n\n* A\n\n"
                + "## Decision Outcome\n\nA.\n";
    }

    @Test
    void madrFilesWithoutStatusOrDateGetOneLineForTheLogSayingHowToRequireThem() {
        AdrLog log = read(
                "0001-a.md", bare("A"),
                "0002-b.md", bare("B"),
                "0003-c.md", "---\nstatus: accepted\n---\n" + bare("C"),
                "0004-d.md", "---\nstatus: accepted\ndate: 2024-03-01\n---\n" + bare("D"));
        ValidationConfig defaults = ValidationConfig.builder().today(Fixtures.TODAY).build();

        assertThat(Fixtures.run(new MissingStatusRule(), log)).isEmpty();
        assertThat(Fixtures.run(new MissingDateRule(), log)).isEmpty();
        assertThat(MadrOptionalFields.note(log, defaults)).hasValue("2 of 4 MADR ADRs state no status and 3 no date,"
                + " which MADR's template allows; to require them, add <requiredFields><madr>status, date</madr>"
                + "</requiredFields>.");

        ValidationConfig status = ValidationConfig.builder().today(Fixtures.TODAY)
                .requiredFields(Dialect.MADR, List.of("status")).build();
        assertThat(MadrOptionalFields.note(log, status)).hasValue("3 of 4 MADR ADRs state no date, which MADR's "
                + "template allows; to require it, add <requiredFields><madr>status, date</madr></requiredFields>.");
        assertThat(Fixtures.run(new MissingStatusRule(), log, status, null)).containsExactly(
                "docs/adr/0001-a.md:1: [missing-status] The ADR has no status; add \"status: proposed\" to the front "
                        + "matter, or a \"* Status: proposed\" bullet below the title.",
                "docs/adr/0002-b.md:1: [missing-status] The ADR has no status; add \"status: proposed\" to the front "
                        + "matter, or a \"* Status: proposed\" bullet below the title.");

        ValidationConfig both = ValidationConfig.builder().today(Fixtures.TODAY)
                .requiredFields(Dialect.MADR, List.of("status", "date")).build();
        assertThat(MadrOptionalFields.note(log, both)).isEmpty();
        AdrLog stated = read("0001-a.md", "---\nstatus: accepted\ndate: 2024-03-01\n---\n" + bare("A"));
        assertThat(MadrOptionalFields.note(stated, defaults)).isEmpty();
        AdrLog nygard = read("0001-a.md", ReadLogRulesTest.nygard(1, "A", "2024-01-01", "Accepted"));
        assertThat(MadrOptionalFields.note(nygard, defaults)).isEmpty();
    }

    @Test
    void aStatusNamedInTheConfigurationIsAskedForEvenWhereNoAdrOfTheLogHasOne() {
        AdrLog log = read("0001-a.md", bare("A"), "0002-b.md", bare("B"), "0003-c.md", bare("C"));
        ValidationConfig status = ValidationConfig.builder().today(Fixtures.TODAY)
                .requiredFields(Dialect.MADR, List.of("status")).build();

        assertThat(Fixtures.run(new MissingStatusRule(), log)).isEmpty();
        assertThat(Fixtures.run(new MissingStatusRule(), log, status, null)).hasSize(3);
    }
}
