package io.github.adrgov.adr.report;

import static io.github.adrgov.adr.report.ReportFixtures.data;
import static io.github.adrgov.adr.report.ReportFixtures.log;
import static io.github.adrgov.adr.report.ReportFixtures.render;
import static io.github.adrgov.adr.report.ReportFixtures.simple;
import static io.github.adrgov.adr.report.ReportFixtures.supersededBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class IndexPageRendererTest {

    private final Adr use = simple(1, "Use PostgreSQL", StatusCategory.SUPERSEDED);
    private final Adr move = simple(2, "Move to CockroachDB", StatusCategory.ACCEPTED);
    private final Adr queue = simple(3, "Queue & <events>", StatusCategory.PROPOSED);

    private List<Adr> adrs() {
        return List.of(supersededBy(use, move), move, queue);
    }

    private String page(AdrLog log, List<Finding> findings, Locale locale) {
        return render(sink -> new AdrReport(data(log, findings), ReportText.forLocale(locale)).renderIndex(sink));
    }

    @Test
    void showsCountsPerStatusTheIndexAndTheSupersededByLinks() {
        String html = page(log(adrs()), List.of(), Locale.ENGLISH);

        assertThat(html).contains("<title>Architecture Decisions</title>");
        assertThat(html).contains("The log in docs/adr holds 3 ADRs.");
        assertThat(html).containsPattern("<td>Accepted</td>\\s*<td>1</td>");
        assertThat(html).containsPattern("<td>Superseded</td>\\s*<td>1</td>");
        // number, title linking to its page, status, date, superseded-by link
        assertThat(html).containsPattern("<td>0001</td>\\s*<td><a href=\"0001-use-postgresql.html\">Use PostgreSQL</a>"
                + "</td>\\s*<td>Superseded</td>\\s*<td [^>]*white-space:nowrap[^>]*>2025-01-02</td>\\s*<td><a [^>]*href=\"0002-move-to-cockroachdb.html\""
                + "[^>]*>0002 Move to CockroachDB</a></td>");
        // text from ADRs is escaped by the sink
        assertThat(html).contains("Queue &amp; &lt;events&gt;").doesNotContain("<events>");
        assertThat(html).contains("Validating the log found no problems.");
    }

    @Test
    void rendersTheCodeSpansOfATitleAsCodeAndNeverAsHtml() {
        Adr code = simple(4, "Run `<script>alert(1)</script>` in `mvn -q`", StatusCategory.ACCEPTED);
        String html = page(log(List.of(code)), List.of(), Locale.ENGLISH);

        assertThat(html).contains("Run <code>&lt;script&gt;alert(1)&lt;/script&gt;</code> in <code>mvn -q</code>")
                .doesNotContain("<script>").doesNotContain("`mvn");
    }

    @Test
    void drawsTheGraphOnlyWhenSomethingIsSuperseded() {
        String with = page(log(adrs()), List.of(), Locale.ENGLISH);
        assertThat(with).contains("<div class=\"adr-graph\"").contains("<svg ");
        String svg = with.substring(with.indexOf("<svg "), with.indexOf("</svg>"));
        assertThat(svg)
                .contains("<a href=\"0001-use-postgresql.html\">").contains("<a href=\"0002-move-to-cockroachdb.html\">")
                .doesNotContain("<a href=\"0003-queue-events.html\">");

        String without = page(log(List.of(use, move, queue)), List.of(), Locale.ENGLISH);
        assertThat(without).doesNotContain("<svg").contains("No ADR supersedes another.");
    }

    @Test
    void listsTheFindingsWithALinkToTheAdrPageAndNeverFails() {
        List<Finding> findings = List.of(
                new Finding("superseded-still-active", Severity.ERROR, use.file(), 3,
                        "ADR-0002 supersedes this ADR, but its status still reads Accepted."),
                new Finding("number-gap", Severity.WARNING, "docs/adr", null, "ADR-0004 is missing."));

        String html = page(log(adrs()), findings, Locale.ENGLISH);

        assertThat(html).contains("3 ADRs, 1 error, 1 warning");
        assertThat(html).containsPattern("(?s)<summary>superseded-still-active: one finding \\(Error\\)</summary>\\s*"
                + "<table[^>]*>(?:(?!</table>).)*<td><a href=\"0001-use-postgresql.html\">docs/adr/0001-use-postgresql.md:3</a></td>\\s*"
                + "<td>ADR-0002 supersedes this ADR, but its status still reads Accepted.</td>");
        assertThat(html).containsPattern("(?s)<summary>number-gap: one finding \\(Warning\\)</summary>\\s*"
                + "<table[^>]*>(?:(?!</table>).)*<td>docs/adr</td>");
    }

    @Test
    void groupsFindingsByRuleWithCountsErrorsFirstFoldedWhenMany() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            findings.add(new Finding("placeholder-text", Severity.WARNING, use.file(), i + 1, "Template text " + i + "."));
        }
        findings.add(new Finding("broken-supersession", Severity.ERROR, move.file(), 3, "No ADR-0009."));
        findings.add(new Finding("broken-supersession", Severity.ERROR, queue.file(), 3, "No ADR-0010 <b>."));

        String html = page(log(adrs()), findings, Locale.ENGLISH);

        // one <details> per rule, errors first, each summary with its count; 32 findings: all folded
        assertThat(html.split("<details ", -1)).hasSize(3);
        assertThat(html).contains("<details class=\"adr-findings\"><summary>broken-supersession: 2 findings (Error)"
                + "</summary>").contains("<details class=\"adr-findings\"><summary>placeholder-text: 30 findings"
                + " (Warning)</summary>").doesNotContain("open=\"open\"");
        assertThat(html.indexOf("broken-supersession: 2")).isLessThan(html.indexOf("placeholder-text: 30"));
        assertThat(html).contains("No ADR-0010 &lt;b&gt;.");
        // a few findings: groups open
        assertThat(page(log(adrs()), findings.subList(30, 32), Locale.ENGLISH))
                .contains("<details class=\"adr-findings\" open=\"open\"><summary>broken-supersession: 2 findings");
    }

    @Test
    void showsTheStatusCategoryAndTheTextAsWrittenWhereItSaysMore() {
        Adr lower = Adr.builder("docs/adr/0001-a.md").fileNumber("0001").title("A", 1)
                .status(StatusCategory.ACCEPTED, "accepted", 3).build();
        Adr more = Adr.builder("docs/adr/0002-b.md").fileNumber("0002").title("B", 1)
                .status(StatusCategory.ACCEPTED, "Approved by the architecture board", 3).build();
        Adr gone = supersededBy(Adr.builder("docs/adr/0003-c.md").fileNumber("0003").title("C", 1)
                .status(StatusCategory.SUPERSEDED, "Superseded by 9. Use event sourcing", 3).build(), lower);
        Adr remark = Adr.builder("docs/adr/0004-d.md").fileNumber("0004").title("D", 1)
                .status(StatusCategory.ACCEPTED, "Accepted (approved by the board)", 3).build();
        Adr colon = Adr.builder("docs/adr/0005-e.md").fileNumber("0005").title("E", 1)
                .status(StatusCategory.PROPOSED, "Proposed: waits for the pilot", 3).build();
        String html = page(log(List.of(lower, more, gone, remark, colon)), List.of(), Locale.ENGLISH);

        assertThat(html).containsPattern("<td><a href=\"0001-a.html\">A</a></td>\\s*<td>Accepted</td>");
        assertThat(html).containsPattern("<td><a href=\"0002-b.html\">B</a></td>\\s*<td title=\"Approved by the"
                + " architecture board\">Accepted <i>\\(Approved by the architecture board\\)</i></td>");
        // a remark after the category's own word is shown without the word again
        assertThat(html).containsPattern("<td><a href=\"0004-d.html\">D</a></td>\\s*<td title=\"Accepted \\(approved"
                + " by the board\\)\">Accepted <i>\\(approved by the board\\)</i></td>");
        assertThat(html).containsPattern("<td><a href=\"0005-e.html\">E</a></td>\\s*<td title=\"Proposed: waits for"
                + " the pilot\">Proposed <i>\\(waits for the pilot\\)</i></td>");
        // "Superseded by ..." is not repeated beside the superseded-by column
        assertThat(html).containsPattern("<td><a href=\"0003-c.html\">C</a></td>\\s*<td>Superseded</td>");
    }

    @Test
    void aSuccessorTheFileNamesButTheLogLacksIsShownAsMissingBesideTheOneFoundFromTheOtherSide() {
        Adr newer = simple(2, "Newer", StatusCategory.ACCEPTED).toBuilder()
                .link(io.github.adrgov.adr.model.LinkKind.SUPERSEDES, "Supersedes ADR-1", null, 1, 3).build();
        Adr old = simple(1, "Old", StatusCategory.SUPERSEDED).toBuilder()
                .link(io.github.adrgov.adr.model.LinkKind.SUPERSEDED_BY, "Superseded by ADR-9", null, 9, 3).build();
        String html = page(log(List.of(old, newer)), List.of(), Locale.ENGLISH);

        assertThat(html).containsPattern("<a [^>]*href=\"0002-newer.html\"[^>]*>0002 Newer</a>, ADR-9 \\(missing\\)</td>");
        // a link to a missing file reads as the reference written in the status, else as the file it names
        Adr linked = simple(3, "Linked", StatusCategory.SUPERSEDED).toBuilder()
                .link(io.github.adrgov.adr.model.LinkKind.SUPERSEDED_BY, "superseded by [ADR-0042](0042-gone.md)",
                        "0042-gone.md", 42, 3).build();
        Adr nygard = simple(4, "Nygard", StatusCategory.SUPERSEDED).toBuilder()
                .link(io.github.adrgov.adr.model.LinkKind.SUPERSEDED_BY, "Superseded by [43. Gone](0043-gone.md)",
                        "0043-gone.md", 43, 3).build();
        String links = page(log(List.of(linked, nygard)), List.of(), Locale.ENGLISH);
        assertThat(links).contains("<td>ADR-0042 (missing)</td>", "<td>0043-gone.md (missing)</td>");
    }

    @Test
    void cutsAParagraphOfStatusInTheTableAndKeepsItWholeInTheTooltip() {
        String longStatus = "Proposed. This decision did not reach agreement; it is kept so that the discussion "
                + "is not lost and can be picked up again.";
        Adr a = Adr.builder("docs/adr/0001-x.md").fileNumber("0001").title("X", 1)
                .status(StatusCategory.PROPOSED, longStatus, 3).build();
        String html = page(log(List.of(a)), List.of(), Locale.ENGLISH);

        // the category, then what the text as written adds to it (cut, whole in the tooltip): the word once
        assertThat(html).contains("<td title=\"" + longStatus + "\">Proposed <i>(This decision did not reach"
                + " agreement; it is kept so that&#x2026;)</i></td>");
    }

    @Test
    void dropsTheNumberColumnForALogWithoutNumbers() {
        Adr a = Adr.builder("docs/adr/20240115-use-kafka.md").title("Use Kafka", 1)
                .status(StatusCategory.ACCEPTED, "accepted", 3).build();
        String html = page(log(List.of(a)), List.of(), Locale.ENGLISH);

        assertThat(html).doesNotContain("<th>Number</th>").contains("<th>ADR</th>")
                .contains("<a href=\"20240115-use-kafka.html\">Use Kafka</a>");
    }

    @Test
    void speaksGermanWhenTheSiteIsGerman() {
        String html = org.jsoup.parser.Parser.unescapeEntities(page(log(adrs()), List.of(), Locale.GERMAN), false);

        assertThat(html).contains("<title>Architekturentscheidungen</title>").contains("Das Log in docs/adr enthält 3 ADRs.")
                .contains("<th>Abgelöst durch</th>").contains("Ablösungsgraph");
    }

    @Test
    void isTheSameWhateverTheOrderTheFilesWereReadIn() {
        List<Adr> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(simple(i, "Decision " + i, StatusCategory.ACCEPTED));
        }
        for (int i = 1; i < 40; i += 3) {
            many.set(i - 1, supersededBy(many.get(i - 1), many.get(i)));
        }
        String first = page(log(many), List.of(), Locale.ENGLISH);
        List<Adr> shuffled = new ArrayList<>(many);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(page(log(shuffled), List.of(), Locale.ENGLISH)).isEqualTo(first);
    }
}
