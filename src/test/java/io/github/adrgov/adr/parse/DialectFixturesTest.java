package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.Section;
import io.github.adrgov.adr.model.StatusCategory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One whole file per dialect, written by us: every value a user sees in the index. */
class DialectFixturesTest {

    private final AdrParser parser = new AdrParser(StatusVocabulary.defaults());

    private Adr parse(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/parse/dialects/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parser.parse("docs/adr/" + name, name.replaceFirst("\\.md$", ""), text);
        }
    }

    @Test
    void nygard() throws IOException {
        Adr a = parse("0003-use-a-message-queue.md");
        assertThat(a.dialect()).isEqualTo(Dialect.NYGARD);
        assertThat(a.file()).isEqualTo("docs/adr/0003-use-a-message-queue.md");
        assertThat(a.id()).isEqualTo("0003-use-a-message-queue");
        assertThat(a.fileNumberText()).isEqualTo("0003");
        assertThat(a.number()).isEqualTo(3);
        assertThat(a.titleNumber()).isEqualTo(3);
        assertThat(a.title()).isEqualTo("Use a message queue between billing and shipping");
        assertThat(a.titleLine()).isEqualTo(1);
        assertThat(a.date()).isEqualTo(LocalDate.of(2023, 4, 2));
        assertThat(a.dateText()).isEqualTo("2023-04-02");
        assertThat(a.dateLine()).isEqualTo(3);
        assertThat(a.status()).hasValueSatisfying(s -> {
            assertThat(s.category()).isEqualTo(StatusCategory.SUPERSEDED);
            assertThat(s.text()).isEqualTo("Superseded by 5. Stream order events");
            assertThat(s.line()).isEqualTo(7);
        });
        assertThat(a.sections()).extracting(Section::heading, Section::level, Section::line, Section::endLine)
                .containsExactly(tuple("Status", 2, 5, 8), tuple("Context", 2, 9, 17), tuple("Decision", 2, 18, 21),
                        tuple("Consequences", 2, 22, 25));
        Section decision = a.sections().get(2);
        assertThat(decision.isEmpty()).isFalse();
        assertThat(String.join("\n", a.lines().subList(decision.line(), decision.endLine()))).isEqualTo(
                "\nBilling puts an order-paid message on a queue; shipping reads it when it can.\n");
        assertThat(a.links(LinkKind.SUPERSEDED_BY))
                .extracting(AdrLink::targetPath, AdrLink::targetNumber, AdrLink::line)
                .containsExactly(tuple("0005-stream-order-events.md", 5, 7));
        assertThat(a.links(LinkKind.FILE_LINK)).extracting(AdrLink::targetPath, AdrLink::line).containsExactly(
                tuple("0005-stream-order-events.md", 7), tuple("notes/queue-sizing.md", 24),
                tuple("images/flow.png", 25));
        assertThat(a.problems()).isEmpty();
        assertThat(a.lines()).hasSize(25);
    }

    @Test
    void templateWithBoldMetadataLines() throws IOException {
        Adr a = parse("ADR-007-cache-session-tokens.md");
        assertThat(a.dialect()).isEqualTo(Dialect.TEMPLATE);
        assertThat(a.fileNumber()).isEqualTo(7);
        assertThat(a.titleNumber()).isEqualTo(7);
        assertThat(a.title()).isEqualTo("Cache session tokens in memory");
        assertThat(a.statusCategory()).isEqualTo(StatusCategory.ACCEPTED);
        assertThat(a.status().orElseThrow().line()).isEqualTo(4);
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(a.field("Deciders")).hasValueSatisfying(f -> {
            assertThat(f.value()).isEqualTo("Platform team, Security guild");
            assertThat(f.line()).isEqualTo(5);
        });
        assertThat(a.field("technical story").orElseThrow().value()).isEqualTo("PLAT-1234");
        assertThat(a.sections()).extracting(Section::heading).containsExactly("Context", "Decision Drivers",
                "Considered Options", "Decision", "Rationale", "Consequences", "Related Decisions");
        assertThat(a.links(LinkKind.SUPERSEDES)).extracting(AdrLink::targetNumber, AdrLink::line, AdrLink::text)
                .containsExactly(tuple(2, 36, "Supersedes ADR-002"));
        assertThat(a.links(LinkKind.REFERENCE)).extracting(AdrLink::targetNumber, AdrLink::line)
                .containsExactly(tuple(4, 37));
    }

    @Test
    void quickOneLineMetadata() throws IOException {
        Adr a = parse("ADR-012-quick-note.md");
        assertThat(a.dialect()).isEqualTo(Dialect.QUICK);
        assertThat(a.status().orElseThrow().text()).isEqualTo("Proposed");
        assertThat(a.statusCategory()).isEqualTo(StatusCategory.PROPOSED);
        assertThat(a.dateText()).isEqualTo("2025-01-15");
        assertThat(a.dateLine()).isEqualTo(3);
        assertThat(a.title()).isEqualTo("Keep build scripts in Maven");
    }

    @Test
    void madr2Bullets() throws IOException {
        Adr a = parse("0008-pick-a-charting-library.md");
        assertThat(a.dialect()).isEqualTo(Dialect.MADR);
        assertThat(a.title()).isEqualTo("Pick a charting library");
        assertThat(a.titleNumber()).isNull();
        assertThat(a.number()).isEqualTo(8);
        assertThat(a.status().orElseThrow().text()).isEqualTo("accepted");
        assertThat(a.date()).isEqualTo(LocalDate.of(2022, 11, 30));
        assertThat(a.dateLine()).isEqualTo(5);
        assertThat(a.field("deciders").orElseThrow().value()).isEqualTo("Ana, Bo, Chen");
        assertThat(a.field("technical story").orElseThrow().value()).isEqualTo("dashboards need charts");
    }

    @Test
    void madr3FrontMatter() throws IOException {
        Adr a = parse("0010-split-the-monolith.md");
        assertThat(a.dialect()).isEqualTo(Dialect.MADR);
        assertThat(a.bodyStartLine()).isEqualTo(8);
        assertThat(a.title()).isEqualTo("Split the monolith by layer");
        assertThat(a.titleLine()).isEqualTo(9);
        assertThat(a.status()).hasValueSatisfying(s -> {
            assertThat(s.category()).isEqualTo(StatusCategory.SUPERSEDED);
            assertThat(s.text()).isEqualTo("superseded by ADR-0014");
            assertThat(s.line()).isEqualTo(2);
        });
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(a.dateLine()).isEqualTo(3);
        assertThat(a.field("decision-makers").orElseThrow().value()).isEqualTo("Ana, Bo");
        assertThat(a.field("consulted").orElseThrow().line()).isEqualTo(5);
        assertThat(a.field("informed").orElseThrow().value()).isEqualTo("Everyone");
        assertThat(a.links(LinkKind.SUPERSEDED_BY)).extracting(AdrLink::targetPath, AdrLink::targetNumber,
                AdrLink::line).containsExactly(tuple("0014-split-by-domain.md", 14, 2));
        assertThat(a.sections()).extracting(Section::line).containsExactly(11, 15, 20);
    }

    @Test
    void log4brains() throws IOException {
        Adr a = parse("20240115-use-feature-flags.md");
        assertThat(a.dialect()).isEqualTo(Dialect.LOG4BRAINS);
        assertThat(a.fileNumber()).as("a date is not a sequence number").isNull();
        assertThat(a.number()).isNull();
        assertThat(a.statusCategory()).isEqualTo(StatusCategory.SUPERSEDED);
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(a.links(LinkKind.SUPERSEDED_BY)).extracting(AdrLink::targetPath, AdrLink::line)
                .containsExactly(tuple("20240301-use-a-flag-service.md", 3));
        assertThat(a.links(LinkKind.SUPERSEDES)).extracting(AdrLink::targetPath, AdrLink::line)
                .containsExactly(tuple("20230910-long-lived-branches.md", 17));
        assertThat(a.links(LinkKind.REFERENCE)).extracting(AdrLink::targetPath)
                .containsExactly("20231201-trunk-based-development.md");
    }
}
