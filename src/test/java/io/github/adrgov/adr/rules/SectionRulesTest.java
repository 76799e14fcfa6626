package io.github.adrgov.adr.rules;

import static io.github.adrgov.adr.rules.Fixtures.log;
import static io.github.adrgov.adr.rules.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.Section;
import io.github.adrgov.adr.model.StatusCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionRulesTest {

    private static Adr.Builder adr(String file, Dialect d) {
        return Adr.builder(file).title("T", 1).dialect(d);
    }

    private static Section section(String heading, int line, String content) {
        return new Section(heading, 2, line, line + 1, content);
    }

    @Test
    void missingSectionNamesTheSectionAndTheDialect() {
        Adr nygard = adr("docs/adr/0001-a.md", Dialect.NYGARD).status(StatusCategory.ACCEPTED, "Accepted", 5)
                .section(section("Status", 3, "Accepted"))
                .section(section("Context", 6, "c"))
                .section(section("Decision", 8, "d"))
                .build();

        assertThat(run(new MissingSectionRule(), log(nygard))).containsExactly(
                "docs/adr/0001-a.md:1: [missing-section] Required section \"Consequences\" is missing ("
                        + "nygard: the adr-tools format, \"# 1. Title\" with a Date: line and a Status section; its required sections are set with <requiredSections><nygard>Status, Context, Decision, Consequences</nygard></requiredSections>).");
    }

    @Test
    void missingSectionNamesTheAliases() {
        Adr madr = adr("docs/adr/0001-a.md", Dialect.MADR)
                .section(section("Considered Options", 3, "o"))
                .section(section("Decision Outcome", 5, "d"))
                .build();

        assertThat(run(new MissingSectionRule(), log(madr))).containsExactly(
                "docs/adr/0001-a.md:1: [missing-section] Required section \"Context and Problem Statement\" "
                        + "(or \"Context\") is missing ("
                        + "madr: MADR, \"# Title\" with the status in bullets or YAML front matter; its required sections are set with <requiredSections><madr>Context and Problem Statement|Context, Considered Options|Options Considered, Decision Outcome|Decision</madr></requiredSections>).");
    }

    @Test
    void headingsMatchIgnoringCaseNumberingMarkupColonsAndAnchors() {
        Adr madr = adr("docs/adr/0001-a.md", Dialect.MADR)
                .section(section("1. **context**:", 3, "c"))
                .section(section("2) `Considered Options` {#options}", 5, "o"))
                .section(section("✅ Decision", 7, "d"))
                .build();

        assertThat(run(new MissingSectionRule(), log(madr))).isEmpty();
        Adr nygard = adr("docs/adr/0002-b.md", Dialect.NYGARD).status(StatusCategory.ACCEPTED, "Accepted", 3)
                .section(section("Context", 5, "c"))
                .section(section("Decision: use AWS Lambda for glue code", 7, "d"))
                .section(section("Decisions and consequences", 9, "q"))
                .build();
        assertThat(run(new MissingSectionRule(), log(nygard))).isEmpty();
        Adr noConsequences = adr("docs/adr/0003-c.md", Dialect.NYGARD).status(StatusCategory.ACCEPTED, "Accepted", 3)
                .section(section("Context", 5, "c"))
                .section(section("Decision Drivers", 7, "d"))
                .section(section("Related decisions", 9, "r"))
                .build();
        assertThat(run(new MissingSectionRule(), log(noConsequences))).containsExactly(
                "docs/adr/0003-c.md:1: [missing-section] Required section \"Consequences\" is missing (nygard: the adr-tools format, \"# 1. Title\" with a Date: line and a Status section; its required sections are set with <requiredSections><nygard>Status, Context, Decision, Consequences</nygard></requiredSections>).",
                "docs/adr/0003-c.md:1: [missing-section] Required section \"Decision\" is missing (nygard: the adr-tools format, \"# 1. Title\" with a Date: line and a Status section; its required sections are set with <requiredSections><nygard>Status, Context, Decision, Consequences</nygard></requiredSections>).");
        assertThat(Headings.normalize("  3.2   Decision   Drivers :")).isEqualTo("decision drivers");
        assertThat(Headings.normalize("[Context](#context)")).isEqualTo("context");
        assertThat(Headings.normalize("状态")).isEqualTo("状态");
    }

    @Test
    void aStatusReadFromALineCountsAsTheStatusSectionAndAMissingStatusIsLeftToMissingStatus() {
        Adr nygard = adr("docs/adr/0001-a.md", Dialect.NYGARD).status(StatusCategory.ACCEPTED, "Accepted", 3)
                .section(section("Context", 6, "c"))
                .section(section("Decision", 8, "d"))
                .section(section("Consequences", 10, "q"))
                .build();
        Adr noStatus = adr("docs/adr/0002-b.md", Dialect.NYGARD)
                .section(section("Context", 6, "c"))
                .section(section("Decision", 8, "d"))
                .section(section("Consequences", 10, "q"))
                .build();

        assertThat(run(new MissingSectionRule(), log(nygard, noStatus))).isEmpty();
        assertThat(run(new MissingStatusRule(), log(nygard, noStatus))).containsExactly(
                "docs/adr/0002-b.md:1: [missing-status] The ADR has no status; add a \"## Status\" section below the "
                        + "title with a status such as \"Accepted\".");
    }

    @Test
    void requiredSectionsAreConfigurable() {
        var config = ValidationConfig.builder().today(Fixtures.TODAY)
                .requiredSections(Dialect.NYGARD, List.of("Context", "Alternatives|Options")).build();
        Adr nygard = adr("docs/adr/0001-a.md", Dialect.NYGARD).status(StatusCategory.ACCEPTED, "Accepted", 3)
                .section(section("Context", 6, "c"))
                .build();

        assertThat(run(new MissingSectionRule(), log(nygard), config, null)).containsExactly(
                "docs/adr/0001-a.md:1: [missing-section] Required section \"Alternatives\" (or \"Options\") is "
                        + "missing (nygard: the adr-tools format, \"# 1. Title\" with a Date: line and a Status"
                        + " section; its required sections are set with <requiredSections><nygard>Context,"
                        + " Alternatives|Options</nygard></requiredSections>).");
    }

    @Test
    void emptySectionReportsTheHeadingLine() {
        Adr quick = adr("docs/adr/0001-a.md", Dialect.QUICK)
                .section(section("Context", 3, "\n  \n"))
                .section(section("Decision", 6, "<!-- what did we decide? -->\n"))
                .section(section("Consequences", 9, "We will see."))
                .section(section("Notes", 12, ""))
                .build();

        assertThat(run(new EmptySectionRule(), log(quick))).containsExactly(
                "docs/adr/0001-a.md:3: [empty-section] Required section \"Context\" is empty; write its content.",
                "docs/adr/0001-a.md:6: [empty-section] Required section \"Decision\" is empty; write its content.");
        assertThat(run(new MissingSectionRule(), log(quick))).isEmpty();
    }
}
