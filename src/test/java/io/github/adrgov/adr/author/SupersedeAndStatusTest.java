package io.github.adrgov.adr.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code adr:supersede} and {@code adr:status} per dialect: the new file's link, the old file's status rewritten in
 * its own way with every other byte kept, and a log that validates clean afterwards.
 */
class SupersedeAndStatusTest {

    @TempDir
    Path tmp;

    private static final String NYGARD = "# 1. Record architecture decisions\r\n\r\nDate: 2024-02-01\r\n\r\n## Status\r\n"
            + "\r\nAccepted\r\n\r\n## Context\r\n\r\nx\r\n\r\n## Decision\r\n\r\ny\r\n\r\n## Consequences\r\n\r\nz";

    @Test
    void nygardKeepsCrlfAndTheMissingFinalNewline() throws Exception {
        AuthorFixture f = new AuthorFixture(tmp).file("0001-record-architecture-decisions.md", NYGARD);
        Authoring.Plan plan = f.create("Use Kafka", "1");
        assertThat(plan.created()).isEqualTo("docs/adr/0002-use-kafka.md");
        assertThat(f.read("0001-record-architecture-decisions.md"))
                .isEqualTo(NYGARD.replace("\r\nAccepted\r\n", "\r\nSuperseded by [2. Use Kafka](0002-use-kafka.md)\r\n"));
        assertThat(f.read("0002-use-kafka.md")).startsWith("# 2. Use Kafka\r\n\r\nDate: 2026-03-04\r\n\r\n## Status\r\n"
                + "\r\nAccepted\r\n\r\nSupersedes [1. Record architecture decisions](0001-record-architecture-decisions.md)"
                + "\r\n\r\n## Context\r\n");
        assertThat(f.findings()).isEmpty();
        assertThat(plan.newFindings()).isEmpty();
    }

    private static final String SEED = """
            # ADR-001: Store orders in one table

            **Date**: 2025-01-12
            **Status**: Accepted
            **Deciders**: Platform team

            ## Context

            c

            ## Decision Drivers

            - d

            ## Considered Options

            1. a
            2. b

            ## Decision

            e

            ## Rationale

            f

            ## Consequences

            g
            """;

    @Test
    void seedFullStatusLineAndRelatedDecisions() throws Exception {
        AuthorFixture f = new AuthorFixture(tmp).file("0001-store-orders.md", SEED);
        f.create("Give orders their own database", "1");
        assertThat(f.read("0001-store-orders.md"))
                .isEqualTo(SEED.replace("**Status**: Accepted", "**Status**: Superseded by ADR-002"));
        assertThat(f.read("0002-give-orders-their-own-database.md"))
                .contains("**Status**: Accepted\n")
                .endsWith("## Consequences\n\nWhat follows from this decision, good and bad?\n\n"
                        + "## Related Decisions\n\n- Supersedes ADR-001\n");
        assertThat(f.findings()).isEmpty();
    }

    @Test
    void seedQuickChangesOnlyItsStatusPair() throws Exception {
        String quick = "# ADR-001: Publish JSON\n\n**Status**: Accepted | **Date**: 2025-01-15\n\n## Context\n\nc\n\n"
                + "## Decision\n\nd\n\n## Consequences\n\ne\n";
        AuthorFixture f = new AuthorFixture(tmp).file("0001-publish-json.md", quick);
        f.create("Publish Avro", "1");
        assertThat(f.read("0001-publish-json.md"))
                .isEqualTo(quick.replace("Accepted |", "Superseded by ADR-002 |"));
        assertThat(f.read("0002-publish-avro.md")).startsWith(
                "# ADR-002: Publish Avro\n\n**Status**: Accepted | **Date**: 2026-03-04\n");
        assertThat(f.findings()).isEmpty();
    }

    private static final String MADR2 = """
            # Use Plain JUnit

            * Status: accepted
            * Date: 2020-05-01

            ## Context and Problem Statement

            c

            ## Considered Options

            * a

            ## Decision Outcome

            d
            """;

    @Test
    void madr2BulletsAndLinks() throws Exception {
        AuthorFixture f = new AuthorFixture(tmp).file("0001-use-plain-junit.md", MADR2);
        f.create("Use JUnit 5", "1");
        assertThat(f.read("0001-use-plain-junit.md")).isEqualTo(
                MADR2.replace("* Status: accepted", "* Status: superseded by [ADR-0002](0002-use-junit-5.md)"));
        assertThat(f.read("0002-use-junit-5.md")).startsWith("# Use JUnit 5\n\n* Status: accepted\n* Date: 2026-03-04\n")
                .endsWith("## Links\n\n* Supersedes [ADR-0001](0001-use-plain-junit.md)\n");
        assertThat(f.findings()).isEmpty();
    }

    private static final String MADR4 = """
            ---
            # These are optional metadata elements.
            status: "accepted"
            date: 2024-06-01
            decision-makers: Alice
            ---

            # Use a Message Broker

            ## Context and Problem Statement

            c

            ## Considered Options

            * a

            ## Decision Outcome

            d
            """;

    @Test
    void madrFrontMatterKeepsItsQuotingAndOrder() throws Exception {
        AuthorFixture f = new AuthorFixture(tmp).file("0001-use-a-message-broker.md", MADR4)
                .file("0002-use-streams.md", MADR4.replace("Message Broker", "Streams"));
        f.create("Use an event log", "1", "2");
        assertThat(f.read("0001-use-a-message-broker.md")).isEqualTo(MADR4.replace("status: \"accepted\"",
                "status: \"superseded by [ADR-0003](0003-use-an-event-log.md)\""));
        assertThat(f.read("0003-use-an-event-log.md")).startsWith(
                "---\nstatus: accepted\nsupersedes: ADR-0001, ADR-0002\ndate: 2026-03-04\n---\n\n# Use an event log\n");
        assertThat(f.findings()).isEmpty();
    }

    @Test
    void log4brainsLinksBySlug() throws Exception {
        String old = "# Use Markdown\n\n- Status: accepted\n- Date: 2024-01-15\n\n## Context and Problem Statement\n\nx\n\n"
                + "## Considered Options\n\n- a\n\n## Decision Outcome\n\ny\n";
        AuthorFixture f = new AuthorFixture(tmp).file("20240115-use-markdown.md", old);
        f.create("Use AsciiDoc", "20240115-use-markdown");
        assertThat(f.read("20240115-use-markdown.md")).isEqualTo(old.replace("- Status: accepted",
                "- Status: superseded by [Use AsciiDoc](20260304-use-asciidoc.md)"));
        assertThat(f.read("20260304-use-asciidoc.md"))
                .endsWith("## Links\n\n- Supersedes [Use Markdown](20240115-use-markdown.md)\n");
        assertThat(f.findings()).isEmpty();
    }

    @Test
    void refusedSupersessionsWriteNothing() throws Exception {
        AuthorFixture f = new AuthorFixture(tmp).file("0002-store-orders.md", SEED.replace("ADR-001", "ADR-002"))
                .file("0003-rejected.md", SEED.replace("ADR-001", "ADR-003").replace("Accepted", "Rejected"))
                .file("0004-old.md", SEED.replace("ADR-001", "ADR-004").replace("Accepted", "Superseded by ADR-005"))
                .file("0005-new.md", SEED.replace("ADR-001", "ADR-005")
                        .replace("## Consequences\n\ng\n", "## Consequences\n\ng\n\n## Related Decisions\n\n- Supersedes ADR-004\n"));
        Map<String, String> before = f.snapshot();
        assertThatThrownBy(() -> f.create("X", "2", "9")).isInstanceOf(AuthorException.class)
                .hasMessage("There is no ADR 9 in docs/adr. Nothing was written.");
        assertThatThrownBy(() -> f.create("X", "2,4")).isInstanceOf(AuthorException.class)
                .hasMessage("docs/adr/0004-old.md is already superseded (status \"Superseded by ADR-005\");"
                        + " supersede its successor instead. Nothing was written.");
        assertThatThrownBy(() -> f.create("X", "3")).isInstanceOf(AuthorException.class)
                .hasMessage("docs/adr/0003-rejected.md: status rejected may not become superseded (allowed: none,"
                        + " rejected is final). Nothing was written.");
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void statusMovesAlongTheTransitionTable() throws Exception {
        AuthorFixture f = new AuthorFixture(tmp).file("0001-use-a-message-broker.md",
                MADR4.replace("\"accepted\"", "proposed"));
        f.write(f.authoring().planStatus("1", "accepted"));
        assertThat(f.read("0001-use-a-message-broker.md")).isEqualTo(MADR4.replace("\"accepted\"", "accepted"));
        assertThat(f.findings()).isEmpty();
        Map<String, String> before = f.snapshot();
        assertThatThrownBy(() -> f.authoring().planStatus("0001", "proposed")).isInstanceOf(AuthorException.class)
                .hasMessage("docs/adr/0001-use-a-message-broker.md: status accepted may not become proposed (allowed:"
                        + " deprecated, superseded; the table of illegal-status-transition, adr.statusTransitions)."
                        + " Nothing was written.");
        assertThatThrownBy(() -> f.authoring().planStatus("1", "superseded")).isInstanceOf(AuthorException.class)
                .hasMessageStartingWith("An ADR is superseded by a new ADR: run mvn adr:supersede");
        assertThatThrownBy(() -> f.authoring().planStatus("1", "contested")).isInstanceOf(AuthorException.class)
                .hasMessageStartingWith("Status \"contested\" is not in the vocabulary (");
        assertThat(f.snapshot()).isEqualTo(before);
        Authoring.Plan same = f.authoring().planStatus("1", "Accepted");
        assertThat(same.changes().effective()).isEmpty();
    }

    @Test
    void statusInANygardSection() throws Exception {
        AuthorFixture f = new AuthorFixture(tmp).file("0001-record-architecture-decisions.md",
                NYGARD.replace("Accepted", "Proposed"));
        f.write(f.authoring().planStatus("1", "accepted"));
        assertThat(f.read("0001-record-architecture-decisions.md")).isEqualTo(NYGARD);
        List<String> findings = f.findings();
        assertThat(findings).isEmpty();
    }

    @Test
    void madrWithCapitalisedStatusesAndFrontMatterWithoutStatus() throws Exception {
        String capital = MADR2.replace("accepted", "Accepted");
        AuthorFixture f = new AuthorFixture(tmp).file("0001-use-plain-junit.md", capital);
        f.create("Use JUnit 5", "1");
        assertThat(f.read("0001-use-plain-junit.md")).isEqualTo(
                capital.replace("* Status: Accepted", "* Status: Superseded by [ADR-0002](0002-use-junit-5.md)"));
        assertThat(f.read("0002-use-junit-5.md")).startsWith("# Use JUnit 5\n\n* Status: Accepted\n");

        String site = "---\nparent: Decisions\nnav_order: 1\n---\n# Use Plain JUnit\n\n## Context and Problem Statement"
                + "\n\nc\n\n## Considered Options\n\n* a\n\n## Decision Outcome\n\nd\n";
        AuthorFixture g = new AuthorFixture(tmp.resolve("g")).file("0001-use-plain-junit.md", site);
        g.create("Use JUnit 5", "1");
        assertThat(g.read("0001-use-plain-junit.md")).isEqualTo(site.replace("nav_order: 1\n",
                "nav_order: 1\nstatus: superseded by [ADR-0002](0002-use-junit-5.md)\n"));
        assertThat(g.read("0002-use-junit-5.md")).startsWith(
                "---\nstatus: accepted\nsupersedes: ADR-0001\ndate: 2026-03-04\n---\n\n# Use JUnit 5\n");
    }
}
