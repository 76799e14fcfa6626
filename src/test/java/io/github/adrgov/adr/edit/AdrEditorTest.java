package io.github.adrgov.adr.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.parse.AdrParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each dialect's own way of writing a status, a date and a supersession link; every other byte stays. */
class AdrEditorTest {

    private static final String TODAY = "2026-03-04";
    private static final AdrParser PARSER = new AdrParser(StatusVocabulary.defaults());

    private interface Edit {
        void on(AdrEditor e) throws EditException;
    }

    private static Adr parse(String name, LineText text) {
        return PARSER.parse("docs/adr/" + name, name.replaceFirst("\\.md$", ""), text.content());
    }

    /** Applies the edit, checks it is idempotent on the result, and returns the result as a string. */
    private static String edit(String name, byte[] in, Edit edit) throws EditException {
        LineText text = LineText.of(in, name);
        AdrEditor e = AdrEditor.of(parse(name, text), text, TODAY);
        edit.on(e);
        LineText out = e.result();
        AdrEditor again = AdrEditor.of(parse(name, out), out, TODAY);
        edit.on(again);
        assertThat(again.patch().isEmpty()).as("the edit is idempotent").isTrue();
        assertThat(again.result().toBytes()).isEqualTo(out.toBytes());
        return new String(out.toBytes(), StandardCharsets.UTF_8);
    }

    private static String edit(String name, String in, Edit edit) throws EditException {
        return edit(name, in.getBytes(StandardCharsets.UTF_8), edit);
    }

    private static final String TEMPLATE = """
            # ADR-002: Store orders in one table

            **Date**: 2025-01-12
            **Status**: Accepted
            **Deciders**: Platform team

            ## Context

            Text.
            """;

    @Test
    void templateStatusLineAndRelatedDecisions() throws Exception {
        String out = edit("0002-store-orders.md", TEMPLATE, e -> e.supersededBy("ADR-004"));
        assertThat(out).isEqualTo(TEMPLATE.replace("**Status**: Accepted", "**Status**: Superseded by ADR-004"));
        String linked = edit("0004-own-db.md", TEMPLATE, e -> e.supersedes("ADR-002", 2, "0002-store-orders.md"));
        assertThat(linked).isEqualTo(TEMPLATE + "\n## Related Decisions\n\n- Supersedes ADR-002\n");
        assertThat(parse("0004-own-db.md", LineText.ofText(false, linked)).links(LinkKind.SUPERSEDES))
                .singleElement().satisfies(l -> assertThat(l.targetNumber()).isEqualTo(2));
    }

    @Test
    void templateWithCrlfBomAndNoTrailingNewline() throws Exception {
        String crlf = TEMPLATE.replace("\n", "\r\n").stripTrailing();
        byte[] body = crlf.getBytes(StandardCharsets.UTF_8);
        byte[] in = new byte[body.length + 3];
        in[0] = (byte) 0xEF;
        in[1] = (byte) 0xBB;
        in[2] = (byte) 0xBF;
        System.arraycopy(body, 0, in, 3, body.length);
        String out = edit("0002-store-orders.md", in, e -> e.status("Deprecated").date("2026-03-04"));
        assertThat(out).isEqualTo("\uFEFF" + crlf.replace("**Status**: Accepted", "**Status**: Deprecated")
                .replace("2025-01-12", "2026-03-04"));
        String linked = edit("0004-own-db.md", in, e -> e.supersedes("ADR-002", 2, null));
        assertThat(linked).isEqualTo("\uFEFF" + crlf + "\r\n\r\n## Related Decisions\r\n\r\n- Supersedes ADR-002");
    }

    @Test
    void quickOneLinerChangesOnlyItsStatusPair() throws Exception {
        String in = "# ADR-003: Publish events as JSON\n\n**Status**: Accepted | **Date**: 2025-01-15\n\n## Context\n\nx\n";
        assertThat(edit("0003-json.md", in, e -> e.supersededBy("ADR-005")))
                .isEqualTo(in.replace("Accepted |", "Superseded by ADR-005 |"));
        assertThat(edit("0003-json.md", in, e -> e.date("2026-03-04")))
                .isEqualTo(in.replace("2025-01-15", "2026-03-04"));
    }

    private static final String NYGARD = """
            # 1. Record architecture decisions

            Date: 2024-02-01

            ## Status

            Accepted

            ## Context

            We need a record.
            """;

    @Test
    void nygardStatusSection() throws Exception {
        String out = edit("0001-record.md", NYGARD, e -> e.supersededBy("[2. Use X](0002-use-x.md)"));
        assertThat(out).isEqualTo(NYGARD.replace("\nAccepted\n", "\nSuperseded by [2. Use X](0002-use-x.md)\n"));
        String linked = edit("0002-use-x.md", NYGARD, e -> e.supersedes("[1. Record](0001-record.md)", 1, null));
        assertThat(linked).isEqualTo(NYGARD.replace("\nAccepted\n", "\nAccepted\n\nSupersedes [1. Record](0001-record.md)\n"));
    }

    @Test
    void changelogStyleStatusInCapitals() throws Exception {
        String in = "# ADR 012: Use a queue\n\n## Changelog\n\n- 2020-01-01: Initial draft\n\n## Status\n\nACCEPTED\n\n## Context\n\nx\n";
        assertThat(edit("adr-012-queue.md", in, e -> e.supersededBy("[ADR 014](adr-014-stream.md)")))
                .isEqualTo(in.replace("ACCEPTED", "SUPERSEDED BY [ADR 014](adr-014-stream.md)"));
    }

    @Test
    void datedStatusHistoryGetsANewDatedLine() throws Exception {
        String in = "# 3. X\n\n## Status\n\n2017-11-22 Proposed\n\n## Context\n\nx\n";
        assertThat(edit("0003-x.md", in, e -> e.status("Accepted")))
                .isEqualTo(in.replace("2017-11-22 Proposed\n", "2017-11-22 Proposed\n2026-03-04 Accepted\n"));
    }

    private static final String MADR2 = """
            # Use Plain JUnit

            * Status: accepted
            * Deciders: Alice, Bob
            * Date: 2020-05-01

            ## Context and Problem Statement

            Which test framework?
            """;

    @Test
    void madr2Bullets() throws Exception {
        assertThat(edit("0003-junit.md", MADR2, e -> e.supersededBy("[ADR-0007](0007-jupiter.md)")))
                .isEqualTo(MADR2.replace("* Status: accepted", "* Status: superseded by [ADR-0007](0007-jupiter.md)"));
        assertThat(edit("0007-jupiter.md", MADR2, e -> e.supersedes("[ADR-0003](0003-junit.md)", 3, null)))
                .isEqualTo(MADR2 + "\n## Links\n\n* Supersedes [ADR-0003](0003-junit.md)\n");
        String withLinks = MADR2 + "\n## Links\n\n* Refines [ADR-0001](0001-x.md)\n";
        assertThat(edit("0007-jupiter.md", withLinks, e -> e.supersedes("[ADR-0003](0003-junit.md)", 3, null)))
                .isEqualTo(withLinks + "* Supersedes [ADR-0003](0003-junit.md)\n");
    }

    private static final String MADR4 = """
            ---
            # optional
            status: "accepted"
            date: 2024-06-01
            decision-makers: Alice
            ---

            # Use a Message Broker

            ## Context and Problem Statement

            x
            """;

    @Test
    void madrFrontMatterKeepsQuotingAndKeyOrder() throws Exception {
        assertThat(edit("0005-broker.md", MADR4, e -> e.supersededBy("[ADR-0009](0009-stream.md)")))
                .isEqualTo(MADR4.replace("status: \"accepted\"", "status: \"superseded by [ADR-0009](0009-stream.md)\""));
        String plain = MADR4.replace("\"accepted\"", "proposed");
        assertThat(edit("0005-broker.md", plain, e -> e.status("Accepted").date("2026-03-04")))
                .isEqualTo(plain.replace("proposed", "accepted").replace("2024-06-01", "2026-03-04"));
        assertThat(edit("0009-stream.md", plain, e -> e.supersedes("[ADR-0005](0005-broker.md)", 5, "0005-broker.md")))
                .isEqualTo(plain.replace("status: proposed\n", "status: proposed\nsupersedes: ADR-0005\n"));
        assertThat(edit("0005-broker.md", plain, e -> e.supersededBy("[ADR-0009](0009-stream.md)")))
                .isEqualTo(plain.replace("status: proposed", "status: superseded by [ADR-0009](0009-stream.md)"));
    }

    @Test
    void log4brainsBulletsAndLinks() throws Exception {
        String in = "# Use Markdown\n\n- Status: accepted\n- Date: 2024-01-15\n\n## Context and Problem Statement\n\nx\n";
        assertThat(edit("20240115-use-markdown.md", in, e -> e.supersededBy("[Use AsciiDoc](20240301-use-asciidoc.md)")))
                .isEqualTo(in.replace("- Status: accepted", "- Status: superseded by [Use AsciiDoc](20240301-use-asciidoc.md)"));
        assertThat(edit("20240301-use-asciidoc.md", in, e -> e.supersedes("[Use Markdown](20240115-use-markdown.md)",
                null, "20240115-use-markdown.md")))
                .isEqualTo(in + "\n## Links\n\n- Supersedes [Use Markdown](20240115-use-markdown.md)\n");
    }

    @Test
    void missingStatusAndDateAreAddedWhereTheDialectPutsThem() throws Exception {
        String template = "# ADR-007: X\n\n**Deciders**: A\n\n## Context\n\nx\n";
        assertThat(edit("0007-x.md", template, e -> e.date("2026-03-04")))
                .isEqualTo("# ADR-007: X\n\n**Date**: 2026-03-04\n\n**Deciders**: A\n\n## Context\n\nx\n");
        String nygard = "# 1. X\n\nDate: 2024-02-01\n\n## Context\n\nx\n";
        assertThat(edit("0001-x.md", nygard, e -> e.status("Proposed")))
                .isEqualTo("# 1. X\n\nDate: 2024-02-01\n\n## Status\n\nProposed\n\n## Context\n\nx\n");
    }

    @Test
    void boldAroundTheValueStays() throws Exception {
        String in = "# 2. X\n\n## Status\n\n**Accepted** <!-- by the board -->\n\n## Context\n\nx\n";
        assertThat(edit("0002-x.md", in, e -> e.status("Deprecated")))
                .isEqualTo(in.replace("**Accepted**", "**Deprecated**"));
    }

    @Test
    void aBadgeIsNotRewritten() throws Exception {
        String in = "# 2. X\n\n## Status\n\n![status](https://img.shields.io/badge/ADR-accepted-green)\n\n## Context\n\nx\n";
        LineText text = LineText.ofText(false, in);
        Adr adr = parse("0002-x.md", text);
        assertThat(adr.dialect()).isEqualTo(Dialect.NYGARD);
        assertThatThrownBy(() -> AdrEditor.of(adr, text, TODAY).status("Deprecated"))
                .isInstanceOf(EditException.class)
                .hasMessage("docs/adr/0002-x.md:5: its status is written as an image (a badge); change it by hand");
    }

    @Test
    void referencesPerDialect() {
        Adr nygard = parse("0004-use-kafka.md", LineText.ofText(false, "# 4. Use Kafka\n\n## Status\n\nAccepted\n"));
        Adr seed = parse("0004-use-kafka.md", LineText.ofText(false, "# ADR-004: Use Kafka\n\n**Status**: Accepted\n"));
        assertThat(AdrEditor.reference(Dialect.NYGARD, nygard, "0004-use-kafka.md"))
                .isEqualTo("[4. Use Kafka](0004-use-kafka.md)");
        assertThat(AdrEditor.reference(Dialect.TEMPLATE, seed, "0004-use-kafka.md")).isEqualTo("ADR-004");
        assertThat(AdrEditor.reference(Dialect.MADR, nygard, "0004-use-kafka.md"))
                .isEqualTo("[ADR-0004](0004-use-kafka.md)");
    }
}
