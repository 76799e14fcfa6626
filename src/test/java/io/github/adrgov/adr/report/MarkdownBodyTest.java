package io.github.adrgov.adr.report;

import static io.github.adrgov.adr.report.ReportFixtures.adr;
import static io.github.adrgov.adr.report.ReportFixtures.log;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownBodyTest {

    private static String body(String markdown) {
        Adr a = adr("0001-x.md", "# ADR-001: X\n\n**Status**: Accepted\n\n## Context\n\n" + markdown + "\n").build();
        AdrLog log = log(List.of(a));
        return MarkdownBody.html(log, a, PageNames.of(log));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>evil()</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<a href=\"JaVaScRiPt:evil()\">x</a>",
        "<a href=\"java&#x09;script:evil()\">x</a>",
        "[x](<javascript:evil()>)",
        "[x][r]\n\n[r]: javascript:evil()",
        "<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\" onload=\"evil()\">",
        "<svg><script>evil()</script></svg>",
        "<math><mi xlink:href=\"javascript:evil()\">x</mi></math>",
        "<iframe srcdoc=\"<script>evil()</script>\"></iframe>",
        "<object data=\"evil.swf\"></object><embed src=\"evil.swf\">",
        "<form action=\"https://evil.example\"><input name=a></form>",
        "<div style=\"background:url(javascript:evil())\">x</div>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:evil()\">",
        "<base href=\"https://evil.example/\">",
        "<p id=\"banner\" onmouseover=\"evil()\">x</p>",
        "<details open ontoggle=\"evil()\"><summary>s</summary></details>",
    })
    void nothingExecutableSurvives(String markdown) {
        String html = body(markdown).toLowerCase(java.util.Locale.ROOT);

        assertThat(html).doesNotContain("evil()", "javascript", "<script", "<iframe", "<object", "<embed", "<form",
                "<meta", "<base", "style=", " on", "data:", "<svg", "<math", "id=\"banner\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "**bold**          | <strong>bold</strong>",
        "`code`            | <code>code</code>",
        "> quote           | <blockquote>",
        "1. one            | <ol>",
        "---               | <hr>",
        "<kbd>Ctrl</kbd>   | <kbd>Ctrl</kbd>",
        "[site](https://example.org/a?b=c) | <a href=\"https://example.org/a?b=c\">site</a>",
    })
    void ordinaryMarkupStays(String markdown, String expected) {
        assertThat(body(markdown)).contains(expected);
    }

    @Test
    void tablesReferencesAndLinksRenderAsFlexmarksOwnParserRendersThem() {
        String html = body("""
                | Option | Cost |
                |:-------|-----:|
                | [A][r] | `1`  |

                See [the other](0002-y.md "title"), <https://example.org>, ![i](i.png) and [r].

                [r]: https://example.org/r
                """);

        assertThat(html).isEqualTo("<h2 id=\"adr-context\">Context</h2>\n<table class=\"bodyTable table table-striped\">\n<thead>\n<tr><th align=\"left\">Option</th><th align=\"right\">Cost</th>"
                + "</tr>\n</thead>\n<tbody>\n<tr><td align=\"left\"><a href=\"https://example.org/r\">A</a></td>"
                + "<td align=\"right\"><code>1</code></td></tr>\n</tbody>\n</table>\n<p>See <a href=\"0002-y.md\" "
                + "title=\"title\">the other</a>, <a href=\"https://example.org\">https://example.org</a>, "
                + "<img src=\"images/docs/adr/i.png\" alt=\"i\"> and <a href=\"https://example.org/r\">r</a>.</p>\n");
    }

    /**
     * A heading of 800 links (fuzz input #95 of seed 20261201), or a paragraph, is rendered in work linear in its
     * length: the bytes
     * allocated stay within a fixed multiple of the text. flexmark's own inline parser copies the whole line on every
     * link it reads ({@code Matcher.toMatchResult}), and its heading ids take time quadratic in the heading's length;
     * the site uses the parser's faster inline parser and cuts headings at {@code MarkdownBounds.MAX_HEADING}.
     */
    @Test
    void aHeadingOrParagraphOfManyLinksIsNotCopiedOncePerLink() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        String heading = "## " + "*em* [a](b) ".repeat(800);
        body(heading); // loads and initialises the classes first
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        String html = body(heading);
        long allocated = threads.getThreadAllocatedBytes(id) - before;

        // the heading is cut (MarkdownBounds.MAX_HEADING): every whole link of what is kept is shown
        String kept = heading.substring(0, io.github.adrgov.adr.parse.MarkdownBounds.MAX_HEADING);
        int links = kept.split("\\*em\\* \\[a\\]\\(b\\)", -1).length - 1;
        assertThat(links).isGreaterThan(100);
        assertThat(html.split("<em>em</em> <a href=\"b\">a</a>", -1).length - 1).as("links shown").isEqualTo(links);
        assertThat(allocated).as("bytes allocated to render %d characters", heading.length())
                .isLessThan(1_000L * heading.length());

        String paragraph = "*em* [a](b) ".repeat(800);
        body(paragraph);
        before = threads.getThreadAllocatedBytes(id);
        html = body(paragraph);
        allocated = threads.getThreadAllocatedBytes(id) - before;

        assertThat(html.split("<em>em</em> <a href=\"b\">a</a>", -1).length - 1).as("links shown").isEqualTo(800);
        // about 1,600 bytes a character here; flexmark's own inline parser, about 4,800
        assertThat(allocated).as("bytes allocated to render %d characters", paragraph.length())
                .isLessThan(3_000L * paragraph.length());
    }
}
