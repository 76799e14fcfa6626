package io.github.adrgov.adr.report;

import static io.github.adrgov.adr.report.ReportFixtures.adr;
import static io.github.adrgov.adr.report.ReportFixtures.data;
import static io.github.adrgov.adr.report.ReportFixtures.log;
import static io.github.adrgov.adr.report.ReportFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AdrPageRendererTest {

    private static final String CACHE = String.join("\n",
            "# ADR-001: Cache sessions in Redis",
            "",
            "**Date**: 2025-01-15",
            "**Status**: Superseded by ADR-002",
            "**Deciders**: Ana, Bo",
            "",
            "## Context",
            "",
            "Sessions are kept in memory; see [the follow-up](0002-drop-sticky-sessions.md#decision) and",
            "[its successor](./0002-drop-sticky-sessions.md). The [guide](../guide.md) stays as written.",
            "",
            "## Decision",
            "",
            "- keep sessions for *30 minutes*",
            "- evict on logout",
            "",
            "| Option | Cost |",
            "|--------|------|",
            "| Redis  | low  |",
            "",
            "```java",
            "cache.put(id, session);",
            "```",
            "",
            "## Consequences",
            "",
            "<script>alert('owned')</script>",
            "<img src=\"x.png\" onerror=\"alert(1)\">",
            "",
            "<a href=\"javascript:alert(2)\">raw link</a> and [md link](javascript:alert(3)) and",
            "<iframe src=\"https://evil.example\"></iframe><div onclick=\"alert(4)\" style=\"x\">click</div>",
            "",
            "[jump](#context) <svg onload=\"alert(5)\"></svg>",
            "");

    private static final String DROP = String.join("\n",
            "# ADR-002: Drop sticky sessions",
            "",
            "**Date**: 2025-03-01",
            "**Status**: Accepted",
            "",
            "## Decision",
            "",
            "Use a shared store.",
            "");

    private final Adr drop = adr("0002-drop-sticky-sessions.md", DROP)
            .link(LinkKind.SUPERSEDES, "Supersedes ADR-001", null, 1, 8).build();
    private final Adr cache = adr("0001-cache-sessions-in-redis.md", CACHE)
            .link(LinkKind.SUPERSEDED_BY, "Superseded by ADR-002", null, 2, 4).build();
    private final AdrLog log = log(List.of(cache, drop));

    private final Set<String> images = new TreeSet<>();

    private Map<String, String> pages(List<Finding> findings) {
        Map<String, String> out = new LinkedHashMap<>();
        ReportData data = data(log, findings);
        for (Adr a : log.adrs()) {
            out.put(data.pages().of(a), render(sink ->
                    new AdrPageRenderer(sink, data, ReportText.forLocale(Locale.ENGLISH), a, images).render()));
        }
        return out;
    }

    @Test
    void headerShowsStatusDateFieldsAndSupersessionLinks() {
        Map<String, String> pages = pages(List.of());
        Document old = Jsoup.parse(pages.get("0001-cache-sessions-in-redis.html"));

        assertThat(old.title()).isEqualTo("0001 Cache sessions in Redis");
        assertThat(old.selectFirst("h1").text()).isEqualTo("0001 Cache sessions in Redis");
        assertThat(old.selectFirst("a[href=index.html]").text()).isEqualTo("\u2190 Back to all decisions");
        Map<String, String> header = new LinkedHashMap<>();
        for (Element tr : old.select("table").first().select("tr")) {
            header.put(tr.selectFirst("th").text(), tr.selectFirst("td").text());
        }
        // the category; "Superseded by ADR-002" as written is not repeated beside the superseded-by row
        assertThat(header).containsEntry("Status", "Superseded").containsEntry("Date", "2025-01-15")
                .containsEntry("Deciders", "Ana, Bo").containsEntry("Superseded by", "0002 Drop sticky sessions")
                .containsEntry("File", "docs/adr/0001-cache-sessions-in-redis.md");
        assertThat(old.select("table").first().select("a[href=0002-drop-sticky-sessions.html]")).hasSize(1);

        Document newer = Jsoup.parse(pages.get("0002-drop-sticky-sessions.html"));
        assertThat(newer.select("table").first().select("a[href=0001-cache-sessions-in-redis.html]").text())
                .isEqualTo("0001 Cache sessions in Redis");
    }

    @Test
    void everyPageLinksThePreviousAndNextAdrAndWithoutScmUrlShowsThePathAsText() {
        Map<String, String> pages = pages(List.of());
        Document first = Jsoup.parse(pages.get("0001-cache-sessions-in-redis.html"));
        Document second = Jsoup.parse(pages.get("0002-drop-sticky-sessions.html"));

        assertThat(first.selectFirst("p.adr-navigation").text()).isEqualTo("Next: 0002 Drop sticky sessions \u2192");
        assertThat(first.select("p.adr-navigation a").eachAttr("href")).containsExactly("0002-drop-sticky-sessions.html");
        assertThat(second.selectFirst("p.adr-navigation").text())
                .isEqualTo("\u2190 Previous: 0001 Cache sessions in Redis");
        assertThat(first.select("table").first().select("a[href^=http]")).isEmpty();
    }

    @Test
    void theFileLinksTheRepositoryBrowserThroughTheScmUrl() {
        ReportData data = ReportData.of(new io.github.adrgov.adr.result.ValidationResult(log, List.of()), "docs/adr", io.github.adrgov.adr.citations.CodeCitations.none(),
                "https://github.com/adrgov/shop");
        Document page = Jsoup.parse(render(sink -> new AdrPageRenderer(sink, data,
                ReportText.forLocale(java.util.Locale.ENGLISH), cache, images).render()));

        assertThat(page.select("table").first().select("a[href]").last().attr("href"))
                .isEqualTo("https://github.com/adrgov/shop/blob/HEAD/docs/adr/0001-cache-sessions-in-redis.md");
        assertThat(page.select("table").first().select("a[href]").last().text())
                .isEqualTo("docs/adr/0001-cache-sessions-in-redis.md");
    }

    @Test
    void bodyIsRenderedFromMarkdownWithoutTheTitleAndMetadataLines() {
        Document page = Jsoup.parse(pages(List.of()).get("0001-cache-sessions-in-redis.html"));
        Element body = page.selectFirst("div.adr-body");

        assertThat(body.select("h2").eachText()).containsExactly("Context", "Decision", "Consequences");
        assertThat(body.select("h2").eachAttr("id")).containsExactly("adr-context", "adr-decision", "adr-consequences");
        assertThat(body.select("li").eachText()).containsExactly("keep sessions for 30 minutes", "evict on logout");
        assertThat(body.select("li em").text()).isEqualTo("30 minutes");
        assertThat(body.select("table td").eachText()).containsExactly("Redis", "low");
        assertThat(body.selectFirst("pre code.language-java").text()).isEqualTo("cache.put(id, session);");
        assertThat(body.text()).doesNotContain("Cache sessions in Redis", "**Date**", "2025-01-15", "Deciders");
        assertThat(body.select("h1")).isEmpty();
    }

    @Test
    void linksToOtherAdrFilesLeadToTheirPages() {
        Element body = Jsoup.parse(pages(List.of()).get("0001-cache-sessions-in-redis.html")).selectFirst("div.adr-body");

        assertThat(body.select("a").eachAttr("href")).contains(
                "0002-drop-sticky-sessions.html#adr-decision", "0002-drop-sticky-sessions.html", "../guide.md",
                "#adr-context");
    }

    @Test
    void nothingExecutableFromTheAdrReachesThePage() {
        String html = pages(List.of()).get("0001-cache-sessions-in-redis.html");
        Document page = Jsoup.parse(html);

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("onload").doesNotContainIgnoringCase("<iframe")
                .doesNotContain("alert(");
        assertThat(page.select("script, iframe, [style], svg")).isEmpty();
        // the harmless parts stay: the link text, the image, the div text
        assertThat(page.select("div.adr-body").text()).contains("raw link", "md link", "click");
        // the image is shown from the copy the report makes of it
        assertThat(page.select("div.adr-body img").attr("src")).isEqualTo("images/docs/adr/x.png");
        assertThat(images).containsExactly("docs/adr/x.png");
    }

    @Test
    void findingsAboutTheFileAreListedOnItsPage() {
        Finding f = new Finding("superseded-still-active", Severity.ERROR, cache.file(), 4, "Status still reads X.");
        Document page = Jsoup.parse(pages(List.of(f)).get("0001-cache-sessions-in-redis.html"));

        assertThat(page.select("li").eachText()).contains(
                "Error \u2013 docs/adr/0001-cache-sessions-in-redis.md:4 [superseded-still-active] Status still reads X.");
    }

    @Test
    void onlyImagesInsideTheProjectAndNoSvgAreCopied() {
        assertThat(MarkdownBody.image(cache, "../img/flow.png?raw=true")).isEqualTo("docs/img/flow.png");
        assertThat(MarkdownBody.image(cache, "./diagrams/a.JPG")).isEqualTo("docs/adr/diagrams/a.JPG");
        assertThat(MarkdownBody.image(cache, "../../../etc/secret.png")).isNull();
        assertThat(MarkdownBody.image(cache, "/abs/a.png")).isNull();
        assertThat(MarkdownBody.image(cache, "https://example.org/a.png")).isNull();
        assertThat(MarkdownBody.image(cache, "drawing.svg")).isNull();
        assertThat(MarkdownBody.image(cache, "notes.txt")).isNull();
    }
}
