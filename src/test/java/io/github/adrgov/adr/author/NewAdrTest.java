package io.github.adrgov.adr.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.BaselineSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adr:new}: the next number, the log's own names, titles and dialect, and a file that validates clean. */
class NewAdrTest {

    @TempDir
    Path tmp;

    private static final String SEED_FULL = """
            # ADR-001: Record architecture decisions

            **Date**: 2025-01-10
            **Status**: Accepted
            **Deciders**: Platform team

            ## Context

            We forget why.

            ## Decision Drivers

            - Memory

            ## Considered Options

            1. Records
            2. Nothing

            ## Decision

            Records.

            ## Rationale

            Cheap.

            ## Consequences

            We write.
            """;

    @Test
    void emptyLogGetsTheSeedsFullTemplate() throws Exception {
        AuthorFixture f = new AuthorFixture(tmp);
        Authoring.Plan plan = f.create("Use Kafka for domain events");
        assertThat(plan.created()).isEqualTo("docs/adr/0001-use-kafka-for-domain-events.md");
        assertThat(plan.notes()).containsExactly("The log has no ADR yet, so the new one uses the seed's full template.");
        assertThat(f.read("0001-use-kafka-for-domain-events.md")).isEqualTo("""
                # ADR-001: Use Kafka for domain events

                **Date**: 2026-03-04
                **Status**: Proposed
                **Deciders**: not named yet

                ## Context

                What is the situation, and what forces are at play?

                ## Decision Drivers

                - The quality or constraint that matters most here

                ## Considered Options

                1. The option this record proposes
                2. The strongest alternative

                ## Decision

                What do we decide?

                ## Rationale

                Why this option over the others?

                ## Consequences

                What follows from this decision, good and bad?
                """);
        assertThat(f.findings()).isEmpty();
        assertThat(plan.newFindings()).isEmpty();
    }

    @Test
    void seedLogGetsTheNextNumberAndQuickOnRequest() throws Exception {
        AuthorFixture f = new AuthorFixture(tmp).file("0001-record-architecture-decisions.md", SEED_FULL);
        Authoring.Plan plan = f.write(f.authoring().planNew(
                new Authoring.NewRequest("Publish events as JSON", "quick", null, List.of(), null, null)));
        assertThat(plan.created()).isEqualTo("docs/adr/0002-publish-events-as-json.md");
        assertThat(f.read("0002-publish-events-as-json.md")).isEqualTo("""
                # ADR-002: Publish events as JSON

                **Status**: Proposed | **Date**: 2026-03-04

                ## Context

                What is the situation, and what forces are at play?

                ## Decision

                What do we decide?

                ## Consequences

                What follows from this decision, good and bad?
                """);
        assertThat(f.findings()).isEmpty();
    }

    @Test
    void nygardLogGetsItsOwnTitleAndSections() throws Exception {
        AuthorFixture f = new AuthorFixture(tmp)
                .file("0001-record-architecture-decisions.md",
                        "# 1. Record architecture decisions\n\nDate: 2024-02-01\n\n## Status\n\nAccepted\n\n"
                                + "## Context\n\nx\n\n## Decision\n\ny\n\n## Consequences\n\nz\n");
        Authoring.Plan plan = f.create("Use Kafka");
        assertThat(plan.created()).isEqualTo("docs/adr/0002-use-kafka.md");
        assertThat(f.read("0002-use-kafka.md")).isEqualTo("""
                # 2. Use Kafka

                Date: 2026-03-04

                ## Status

                Proposed

                ## Context

                What is the issue that calls for a decision, and what limits the choice?

                ## Decision

                What change do we propose or make?

                ## Consequences

                What becomes easier or harder because of this change?
                """);
        assertThat(f.findings()).isEmpty();
    }

    @Test
    void numbersCountGapsSkippedFilesAndTheWidthMostFilesUse() throws Exception {
        String nygard = "# %d. X\n\nDate: 2024-02-01\n\n## Status\n\nAccepted\n\n## Context\n\nx\n\n"
                + "## Decision\n\ny\n\n## Consequences\n\nz\n";
        AuthorFixture f = new AuthorFixture(tmp)
                .file("01-a.md", nygard.formatted(1))
                .file("0002-b.md", nygard.formatted(2))
                .file("0005-c.md", nygard.formatted(5))
                .file("0009-adr-template.md", "# Template\n");
        assertThat(f.log().skipped()).contains("docs/adr/0009-adr-template.md");
        assertThat(f.create("Next one").created()).isEqualTo("docs/adr/0010-next-one.md");
    }

    @Test
    void prefixedNamesAndTitlesKeepTheirPattern() throws Exception {
        String changelog = "# ADR %03d: X\n\n## Changelog\n\n- 2020-01-01: Initial draft\n\n## Status\n\nAccepted\n\n"
                + "## Context\n\nx\n\n## Decision\n\ny\n\n## Consequences\n\nz\n";
        AuthorFixture f = new AuthorFixture(tmp).file("adr-001-a.md", changelog.formatted(1))
                .file("adr-002-b.md", changelog.formatted(2));
        Authoring.Plan plan = f.authoring().planNew(new Authoring.NewRequest("Use a queue", null, null, List.of(), null, null));
        assertThat(plan.created()).isEqualTo("docs/adr/adr-003-use-a-queue.md");
        assertThat(plan.changes().changes().get(0).after().texts().get(0)).isEqualTo("# ADR 003: Use a queue");
        AuthorFixture g = new AuthorFixture(tmp.resolve("g")).file("ADR-007-a.md", SEED_FULL.replace("001", "007"));
        assertThat(g.create("Use B").created()).isEqualTo("docs/adr/ADR-008-use-b.md");
        assertThat(g.read("ADR-008-use-b.md")).startsWith("# ADR-008: Use B\n");
    }

    @Test
    void aNumberTakenOnTheBaselineIsNotTakenAgain() throws Exception {
        AuthorFixture f = new AuthorFixture(tmp).file("0001-record-architecture-decisions.md", SEED_FULL);
        AuthorFixture target = new AuthorFixture(tmp.resolve("target-branch"))
                .file("0001-record-architecture-decisions.md", SEED_FULL)
                .file("0002-taken-there.md", SEED_FULL.replace("ADR-001", "ADR-002"));
        AdrLog tip = target.log();
        f.baseline = new BaselineSnapshot("origin/main", tip, tip);
        assertThat(f.authoring().planNew(new Authoring.NewRequest("Mine", null, null, List.of(), null, null)).created())
                .isEqualTo("docs/adr/0003-mine.md");
    }

    @Test
    void log4brainsLogGetsADatedSlugAndItsBullets() throws Exception {
        AuthorFixture f = new AuthorFixture(tmp).file("20240115-use-markdown.md",
                "# Use Markdown\n\n- Status: accepted\n- Date: 2024-01-15\n\n## Context and Problem Statement\n\nx\n\n"
                        + "## Considered Options\n\n- a\n\n## Decision Outcome\n\ny\n");
        Authoring.Plan plan = f.create("Use Kafka");
        assertThat(plan.created()).isEqualTo("docs/adr/20260304-use-kafka.md");
        assertThat(f.read("20260304-use-kafka.md")).isEqualTo("""
                # Use Kafka

                - Status: proposed
                - Date: 2026-03-04

                ## Context and Problem Statement

                What problem does this decision solve, and why now?

                ## Considered Options

                - The option this record proposes
                - The strongest alternative

                ## Decision Outcome

                Which option was chosen, and why?
                """);
        assertThat(f.findings()).isEmpty();
        Map<String, String> before = f.snapshot();
        assertThatThrownBy(() -> f.create("Use Kafka")).isInstanceOf(AuthorException.class)
                .hasMessage("docs/adr/20260304-use-kafka.md already exists. Nothing was written.");
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void teamTemplateIsFilledIn() throws Exception {
        AuthorFixture f = new AuthorFixture(tmp).file("0001-record-architecture-decisions.md", SEED_FULL)
                .file("templates/template.md", "# ADR-{{number}}: {{title}}\r\n\r\n**Status**: {{status}} | "
                        + "**Date**: {{date}}\r\n\r\n## Context\r\n\r\nWhy.\r\n\r\n## Decision\r\n\r\nWhat.\r\n\r\n"
                        + "## Consequences\r\n\r\nThen.\r\n");
        Authoring.Plan plan = f.create("Team form");
        assertThat(plan.notes()).containsExactly("Written from the team template docs/adr/templates/template.md.");
        assertThat(f.read("0002-team-form.md")).startsWith("# ADR-0002: Team form\n\n**Status**: Proposed | "
                + "**Date**: 2026-03-04\n\n## Context\n");
    }

    @Test
    void anEmptyTitleWritesNothing() throws Exception {
        AuthorFixture f = new AuthorFixture(tmp).file("0001-record-architecture-decisions.md", SEED_FULL);
        Map<String, String> before = f.snapshot();
        assertThatThrownBy(() -> f.create("  ")).isInstanceOf(AuthorException.class)
                .hasMessage("The title is empty; give one with -Dadr.title=\"Use Kafka for domain events\". "
                        + "Nothing was written.");
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void aMarkedIndexIsBroughtUpToDate() throws Exception {
        AuthorFixture f = new AuthorFixture(tmp).file("0001-record-architecture-decisions.md", SEED_FULL)
                .file("README.md", "# Decisions\n\nHand text.\n\n<!-- adr-index:start -->\n<!-- adr-index:end -->\n\nMore.\n");
        Authoring.Plan plan = f.create("Use Kafka");
        assertThat(plan.changes().effective()).extracting(c -> c.path())
                .containsExactly("docs/adr/0002-use-kafka.md", "docs/adr/README.md");
        assertThat(f.read("README.md")).startsWith("# Decisions\n\nHand text.\n\n<!-- adr-index:start -->\n")
                .contains("Use Kafka").endsWith("<!-- adr-index:end -->\n\nMore.\n");
        assertThat(f.findings()).isEmpty();
        assertThat(plan.newFindings()).isEmpty();
    }
}
