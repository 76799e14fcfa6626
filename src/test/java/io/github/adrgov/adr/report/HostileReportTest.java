package io.github.adrgov.adr.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.parse.AdrParser;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.validate.Validator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * ADR text built to run script or break the site (found by a security review): Doxia link patterns ({@code {text,
 * url}}) in fields, statuses, titles, file names and finding messages; a lone {@code {}; nesting deep enough to
 * exhaust the renderer's stack. The pages are parsed as HTML and checked for anything live.
 */
class HostileReportTest {

    private final AdrParser parser = new AdrParser(StatusVocabulary.defaults());

    private Adr parse(String name, String text) {
        return parser.parse("docs/adr/" + name, name.replaceFirst("\\.md$", ""), text);
    }

    /** The index page and every ADR page, by file name, rendered from the parsed ADRs and their real findings. */
    private Map<String, String> site(Adr... adrs) throws IOException {
        AdrLog log = new AdrLog("docs/adr", List.of(adrs), List.of(), List.of());
        ValidationResult result = new Validator().validate(log, ValidationConfig.builder().build(), null, null);
        AdrReport report = new AdrReport(ReportData.of(result, "docs/adr"), ReportText.forLocale(Locale.ENGLISH));
        Map<String, String> pages = new LinkedHashMap<>();
        Map<String, java.io.ByteArrayOutputStream> outs = new LinkedHashMap<>();
        report.renderPages(name -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            outs.put(name, out);
            return new org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory().createSink(out, "UTF-8");
        });
        outs.forEach((k, v) -> pages.put(k, v.toString(java.nio.charset.StandardCharsets.UTF_8)));
        pages.put("index.html", ReportFixtures.render(report::renderIndex));
        return pages;
    }

    @Test
    void linkPatternsInAdrTextStayText() throws IOException {
        Adr template = parse("0001-{evil, javascript:alert(3)}.md", String.join("\n",
                "# ADR-001: Title {t, javascript:alert(4)}",
                "",
                "**Date**: 2025-01-15",
                "**Status**: {Accepted, javascript:alert(2)}",
                "**Deciders**: {Team, javascript:alert(1)}",
                "**Technical Story**: {story, vbscript:msgbox(5)}",
                "",
                "## Context",
                "",
                "Text {c, javascript:alert(6)}.",
                ""));
        Adr madr = parse("0002-b.md", String.join("\n",
                "---",
                "status: \"{proposed, javascript:alert(7)}\"",
                "deciders: \"{x, javascript:alert(8)}\"",
                "---",
                "# B {javascript:alert(9)}",
                "",
                "## Context and Problem Statement",
                "",
                "x",
                ""));
        Map<String, String> site = site(template, madr);
        assertThat(site).hasSize(3);
        for (Map.Entry<String, String> page : site.entrySet()) {
            assertThat(HtmlSafety.live(page.getValue())).as(page.getKey()).isEmpty();
        }
        Document index = Jsoup.parse(site.get("index.html"));
        assertThat(index.select("a[href]")).extracting(e -> e.attr("href"))
                .allSatisfy(h -> assertThat(h).matches("[A-Za-z0-9._-]+\\.html(#.*)?|#.*"));
        // the text is shown as written, braces and all: titles, statuses, and file names in the findings table
        // (the status as its category, then what the text as written adds to it, whole in the tooltip)
        assertThat(index.text()).contains("Title {t, javascript:alert(4)}", "Accepted (javascript:alert(2))",
                "docs/adr/0001-{evil, javascript:alert(3)}.md:1 Required section");
        Document page = Jsoup.parse(site.values().iterator().next());
        Element deciders = page.select("tr").stream().filter(tr -> tr.text().startsWith("Deciders")).findFirst()
                .orElseThrow();
        assertThat(deciders.select("td").text()).isEqualTo("{Team, javascript:alert(1)}");
        assertThat(deciders.select("a")).isEmpty();
    }

    @Test
    void aLoneBraceDoesNotFailThePage() throws IOException {
        Adr a = parse("0001-{.md", "# ADR-001: Open { brace\n\n**Date**: 2025-01-15\n**Status**: Accepted {\n"
                + "**Deciders**: a } b {\n\n## Context\n\nc\n");
        Map<String, String> site = site(a);
        Document page = Jsoup.parse(site.get("0001.html"));
        assertThat(page.title()).isEqualTo("0001 Open { brace");
        assertThat(page.text()).contains("Accepted ({)", "a } b {", "docs/adr/0001-{.md");
        assertThat(Jsoup.parse(site.get("index.html")).text()).contains("Open { brace");
    }

    @Test
    void deepNestingIsBoundedAndWhatStillOverflowsIsAFindingAndAPlainPage() throws IOException {
        Adr lists = parse("0001-lists.md", "# 1. Lists\n\n## Context\n\n" + "- ".repeat(600) + "deep item\n\n"
                + "> ".repeat(1_000) + "deep quote\n");
        Adr strong = parse("0002-strong.md", "# 2. Strong\n\n## Context\n\n" + "*".repeat(2_400) + "x"
                + "*".repeat(2_400) + "\n");
        Map<String, String> site = site(lists, strong);
        Document deep = Jsoup.parse(site.get("0001-lists.html"));
        assertThat(deep.select("div.adr-body").text()).contains("deep item", "deep quote");
        assertThat(deep.select("div.adr-body ul").size()).isBetween(2, 600);

        Document plain = Jsoup.parse(site.get("0002-strong.html"));
        assertThat(plain.select("pre").text()).contains("*".repeat(2_400) + "x");
        String finding = "The Markdown body cannot be shown as HTML in the site (it is nested too deeply); its page"
                + " shows it as plain text. Simplify its nesting.";
        assertThat(plain.text()).contains(finding);
        assertThat(Jsoup.parse(site.get("index.html")).text()).contains("docs/adr/0002-strong.md " + finding);
        for (String html : site.values()) {
            assertThat(HtmlSafety.live(html)).isEmpty();
        }
    }
}
