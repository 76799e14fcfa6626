package io.github.adrgov.adr.report;

import static io.github.adrgov.adr.report.ReportFixtures.adr;
import static io.github.adrgov.adr.report.ReportFixtures.log;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;

import java.util.List;

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
}
