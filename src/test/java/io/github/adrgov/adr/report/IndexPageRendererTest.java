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
                + "</td>\\s*<td>Superseded</td>\\s*<td style=\"white-space:nowrap\">2025-01-02</td>\\s*<td><a [^>]*href=\"0002-move-to-cockroachdb.html\""
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
        assertThat(html).containsPattern("<td>Error</td>\\s*<td>superseded-still-active</td>\\s*"
                + "<td><a href=\"0001-use-postgresql.html\">docs/adr/0001-use-postgresql.md:3</a></td>\\s*"
                + "<td>ADR-0002 supersedes this ADR, but its status still reads Accepted.</td>");
        assertThat(html).containsPattern("<td>Warning</td>\\s*<td>number-gap</td>\\s*<td>docs/adr</td>");
    }

    @Test
    void cutsAParagraphOfStatusInTheTableAndKeepsItWholeInTheTooltip() {
        String longStatus = "Proposed. This decision did not reach agreement; it is kept so that the discussion "
                + "is not lost and can be picked up again.";
        Adr a = Adr.builder("docs/adr/0001-x.md").fileNumber("0001").title("X", 1)
                .status(StatusCategory.PROPOSED, longStatus, 3).build();
        String html = page(log(List.of(a)), List.of(), Locale.ENGLISH);

        assertThat(html).contains("<td title=\"" + longStatus + "\">Proposed. This decision did not reach agreement; it "
                + "is kept&#x2026;</td>");
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
