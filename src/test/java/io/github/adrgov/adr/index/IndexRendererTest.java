package io.github.adrgov.adr.index;

import static io.github.adrgov.adr.index.Fixtures.log;
import static io.github.adrgov.adr.index.Fixtures.numbered;
import static io.github.adrgov.adr.index.Fixtures.supersededBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.StatusCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IndexRendererTest {

    private static final IndexRenderer TABLE = new IndexRenderer(IndexSettings.defaults());

    @Test
    void rendersSummaryAndOneRowPerAdrWithSuccessorLinks() {
        List<String> lines = TABLE.render(Fixtures.example(), "docs/adr/README.md");

        assertThat(lines).containsExactly(
                IndexRenderer.NOTE,
                "",
                "**4 ADRs**: 2 accepted, 1 proposed, 1 superseded.",
                "",
                "| Number | Title | Status | Date |",
                "| --- | --- | --- | --- |",
                "| 0001 | [Record architecture decisions](0001-record-architecture-decisions.md) | Accepted | 2025-01-15 |",
                "| 0002 | [Use PostgreSQL](0002-use-postgres.md) | Superseded by [0004](0004-use-sqlite.md) | 2025-02-01 |",
                "| 0003 | [Introduce an event bus](0003-event-bus.md) | Proposed | 2025-03-10 |",
                "| 0004 | [Use SQLite](0004-use-sqlite.md) | Accepted | 2025-04-02 |",
                "");
    }

    @Test
    void linksAreRelativeToTheIndexFileDirectory() {
        List<String> lines = TABLE.render(Fixtures.example(), "docs/DECISIONS.md");

        assertThat(lines).contains(
                "| 0004 | [Use SQLite](adr/0004-use-sqlite.md) | Accepted | 2025-04-02 |");
        assertThat(TABLE.render(Fixtures.example(), "README.md"))
                .contains("| 0004 | [Use SQLite](docs/adr/0004-use-sqlite.md) | Accepted | 2025-04-02 |");
        assertThat(TABLE.render(Fixtures.example(), "site/index/ADRS.md"))
                .contains("| 0004 | [Use SQLite](../../docs/adr/0004-use-sqlite.md) | Accepted | 2025-04-02 |");
    }

    @Test
    void escapesMarkdownInTitlesSoTheRowCannotBreak() {
        AdrLog log = log(numbered("0001", "x", "Use A | B, `code`, *bold*, _it_, [link](y) <b> a\\b ~s~ $m$ & co",
                StatusCategory.ACCEPTED, "2025-01-01"));

        String row = TABLE.render(log, "docs/adr/README.md").get(6);

        assertThat(row).isEqualTo("| 0001 | [Use A \\| B, `code`, \\*bold\\*, \\_it\\_, \\[link\\](y) \\<b\\> "
                + "a\\\\b \\~s\\~ \\$m\\$ \\& co](0001-x.md) | Accepted | 2025-01-01 |");
        // every unescaped | is a cell border: four columns give five
        assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(6);
    }

    @Test
    void keepsTheCodeSpansOfATitleSoTheIndexRendersThem() {
        AdrLog log = log(numbered("0001", "x", "Use `a|b` parsers and `*` globs, not *stars*", StatusCategory.ACCEPTED,
                "2025-01-01"));

        assertThat(TABLE.render(log, "docs/adr/README.md").get(6)).isEqualTo("| 0001 | [Use `a\\|b` parsers and `*` "
                + "globs, not \\*stars\\*](0001-x.md) | Accepted | 2025-01-01 |");
    }

    @Test
    void titleWithLineBreaksAndMarkerTextStaysOnOneRowAndCannotCloseTheBlock() {
        AdrLog log = log(numbered("0001", "x", "Two\nlines\r\n<!-- adr-index:end -->", StatusCategory.ACCEPTED,
                "2025-01-01"));

        List<String> lines = TABLE.render(log, "docs/adr/README.md");

        assertThat(lines.get(6)).isEqualTo(
                "| 0001 | [Two lines \\<!-- adr-index:end --\\>](0001-x.md) | Accepted | 2025-01-01 |");
        assertThat(lines).noneMatch(l -> l.strip().equals(IndexRenderer.END_MARKER));
    }

    @Test
    void encodesSpacesParenthesesAndNonAsciiNamesInLinkDestinations() {
        Adr a = Adr.builder("docs/adr/0007 Entscheidung (Straße).md").id("0007 Entscheidung (Straße)")
                .fileNumber("0007").title("Straßenbahn wählen", 1).status(StatusCategory.ACCEPTED, "Accepted", 3)
                .build();
        Adr b = Adr.builder("docs/adr/décisions/0008-日本.md").id("décisions/0008-日本").fileNumber("0008")
                .title("日本語のタイトル", 1).status(StatusCategory.ACCEPTED, "Accepted", 3).build();

        List<String> lines = TABLE.render(log(List.of(a, b)), "docs/adr/README.md");

        assertThat(lines).contains(
                "| 0007 | [Straßenbahn wählen](0007%20Entscheidung%20%28Stra%C3%9Fe%29.md) | Accepted | |",
                "| 0008 | [日本語のタイトル](d%C3%A9cisions/0008-%E6%97%A5%E6%9C%AC.md) | Accepted | |");
    }

    @Test
    void unnumberedLogHasNoNumberColumnAndIsOrderedById() {
        AdrLog log = log(slug("20240301-use-kafka", "Use Kafka", "2024-03-01"),
                slug("20231105-adopt-log4brains", "Adopt log4brains", "2023-11-05"),
                slug("20240115-api-first", "API first", "2024-01-15"));

        List<String> lines = TABLE.render(log, "docs/adr/README.md");

        assertThat(lines.subList(4, lines.size())).containsExactly(
                "| Title | Status | Date |",
                "| --- | --- | --- |",
                "| [Adopt log4brains](20231105-adopt-log4brains.md) | Accepted | 2023-11-05 |",
                "| [API first](20240115-api-first.md) | Accepted | 2024-01-15 |",
                "| [Use Kafka](20240301-use-kafka.md) | Accepted | 2024-03-01 |",
                "");
    }

    @Test
    void unnumberedSuccessorIsNamedByItsTitle() {
        Adr.Builder old = slug("20230101-use-rest", "Use REST", "2023-01-01")
                .status(StatusCategory.SUPERSEDED, "Superseded by 20240101-use-grpc", 4)
                .link(io.github.adrgov.adr.model.LinkKind.SUPERSEDED_BY, "Superseded by", "20240101-use-grpc.md",
                        null, 4);
        AdrLog log = log(old, slug("20240101-use-grpc", "Use gRPC", "2024-01-01"));

        assertThat(TABLE.render(log, "docs/adr/README.md")).contains(
                "| [Use REST](20230101-use-rest.md) | Superseded by [Use gRPC](20240101-use-grpc.md) | 2023-01-01 |");
    }

    @Test
    void successorNamedOnlyByTheNewAdrIsLinkedAndUnresolvedOneIsShownAsWritten() {
        AdrLog log = log(
                numbered("0001", "a", "A", StatusCategory.SUPERSEDED, "2025-01-01"),
                supersededBy(numbered("0002", "b", "B", StatusCategory.SUPERSEDED, "2025-01-02"),
                        null, 9),
                Fixtures.supersedes(numbered("0003", "c", "C", StatusCategory.ACCEPTED, "2025-01-03"),
                        "0001-a.md", 1));

        List<String> lines = TABLE.render(log, "docs/adr/README.md");

        assertThat(lines).contains("| 0001 | [A](0001-a.md) | Superseded by [0003](0003-c.md) | 2025-01-01 |",
                "| 0002 | [B](0002-b.md) | Superseded by ADR-9 | 2025-01-02 |");
    }

    @Test
    void otherStatusIsShownAsWrittenAndMissingValuesLeaveCellsEmpty() {
        Adr.Builder odd = numbered("0002", "odd", "Odd", null, null)
                .status(StatusCategory.OTHER, "In *review*", 3).date("15/01/2025", null, 4);
        AdrLog log = log(odd, numbered("0001", "bare", null, null, null));

        List<String> lines = TABLE.render(log, "docs/adr/README.md");

        assertThat(lines).contains("**2 ADRs**: 2 other.",
                "| 0001 | [0001-bare](0001-bare.md) | | |",
                "| 0002 | [Odd](0002-odd.md) | In \\*review\\* | 15/01/2025 |");
    }

    @Test
    void byStatusLayoutGroupsRowsUnderOneHeadingPerStatus() {
        IndexRenderer r = new IndexRenderer(IndexSettings.parse("by-status", List.of("number,title,date")));

        List<String> lines = r.render(Fixtures.example(), "docs/adr/README.md");

        assertThat(lines.subList(2, lines.size())).containsExactly(
                "**4 ADRs**: 2 accepted, 1 proposed, 1 superseded.",
                "",
                "### Accepted (2)",
                "",
                "| Number | Title | Date |",
                "| --- | --- | --- |",
                "| 0001 | [Record architecture decisions](0001-record-architecture-decisions.md) | 2025-01-15 |",
                "| 0004 | [Use SQLite](0004-use-sqlite.md) | 2025-04-02 |",
                "",
                "### Proposed (1)",
                "",
                "| Number | Title | Date |",
                "| --- | --- | --- |",
                "| 0003 | [Introduce an event bus](0003-event-bus.md) | 2025-03-10 |",
                "",
                "### Superseded (1)",
                "",
                "| Number | Title | Date |",
                "| --- | --- | --- |",
                "| 0002 | [Use PostgreSQL](0002-use-postgres.md) | 2025-02-01 |",
                "");
    }

    @Test
    void decidersColumnReadsDecidersOrDecisionMakers() {
        AdrLog log = log(
                numbered("0001", "a", "A", StatusCategory.ACCEPTED, "2025-01-01").field("Deciders", "Ana, Bo|b", 3),
                numbered("0002", "b", "B", StatusCategory.ACCEPTED, "2025-01-02")
                        .field("decision-makers", "Cy", 2),
                numbered("0003", "c", "C", StatusCategory.ACCEPTED, "2025-01-03"));
        IndexRenderer r = new IndexRenderer(IndexSettings.parse("table", List.of("id", "title", "deciders")));

        assertThat(r.render(log, "docs/adr/README.md").subList(4, 9)).containsExactly(
                "| Id | Title | Deciders |",
                "| --- | --- | --- |",
                "| 0001-a | [A](0001-a.md) | Ana, Bo\\|b |",
                "| 0002-b | [B](0002-b.md) | Cy |",
                "| 0003-c | [C](0003-c.md) | |");
    }

    @Test
    void emptyLogSaysSoWithoutATable() {
        assertThat(TABLE.render(log(List.of()), "docs/adr/README.md"))
                .containsExactly(IndexRenderer.NOTE, "", "No ADRs yet.", "");
    }

    @Test
    void outputDoesNotDependOnInputOrderOrLocale() {
        List<Adr> adrs = new ArrayList<>(Fixtures.example().adrs());
        adrs.add(numbered("0010", "i", "İstanbul ıI", StatusCategory.DEPRECATED, "2025-05-05").build());
        List<String> expected = TABLE.render(log(adrs), "docs/adr/README.md");
        Locale saved = Locale.getDefault();
        try {
            Random random = new Random(42);
            for (Locale l : List.of(new Locale("tr", "TR"), Locale.JAPAN, Locale.GERMANY)) {
                Locale.setDefault(l);
                Collections.shuffle(adrs, random);
                assertThat(TABLE.render(log(adrs), "docs/adr/README.md")).isEqualTo(expected);
            }
        } finally {
            Locale.setDefault(saved);
        }
        assertThat(expected).contains("**5 ADRs**: 2 accepted, 1 proposed, 1 deprecated, 1 superseded.",
                "| 0010 | [İstanbul ıI](0010-i.md) | Deprecated | 2025-05-05 |");
    }

    @Test
    void rejectsUnknownLayoutsAndColumnsWithTheAllowedValues() {
        assertThatThrownBy(() -> IndexSettings.parse("grid", List.of()))
                .hasMessage("Unknown index layout 'grid'; use table or by-status");
        assertThatThrownBy(() -> IndexSettings.parse(null, List.of("title,owner")))
                .hasMessage("Unknown index column 'owner'; use number, id, title, status, date or deciders");
        assertThatThrownBy(() -> IndexSettings.parse(null, List.of("number,status")))
                .hasMessageContaining("must include title");
    }

    private static Adr.Builder slug(String id, String title, String date) {
        return Adr.builder("docs/adr/" + id + ".md").id(id).title(title, 1).dialect(Dialect.LOG4BRAINS)
                .status(StatusCategory.ACCEPTED, "accepted", 3).date(date, LocalDate.parse(date), 4);
    }
}
