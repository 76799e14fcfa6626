package io.github.adrgov.adr.report;

import static io.github.adrgov.adr.report.ReportFixtures.log;
import static io.github.adrgov.adr.report.ReportFixtures.simple;
import static io.github.adrgov.adr.report.ReportFixtures.supersededBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.StatusCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SvgGraphTest {

    private static String svg(AdrLog log) {
        return SvgGraph.render(log, log.supersessions(), PageNames.of(log), ReportText.forLocale(Locale.ENGLISH));
    }

    /** A log of {@code n} ADRs in which every third ADR was superseded by the next one. */
    private static List<Adr> chains(int n) {
        List<Adr> adrs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            adrs.add(simple(i, "Decision number " + i + " about a fairly long subject that goes on and on",
                    i % 3 == 1 ? StatusCategory.SUPERSEDED : StatusCategory.ACCEPTED));
        }
        for (int i = 1; i < n; i += 3) {
            adrs.set(i - 1, supersededBy(adrs.get(i - 1), adrs.get(i)));
        }
        return adrs;
    }

    @Test
    void drawsAChainLeftToRightWithOneArrowPerSupersession() {
        Adr a = simple(1, "First", StatusCategory.SUPERSEDED);
        Adr b = simple(2, "Second", StatusCategory.SUPERSEDED);
        Adr c = simple(3, "Third", StatusCategory.ACCEPTED);
        Adr b2 = supersededBy(b, c);
        String svg = svg(log(List.of(supersededBy(a, b2), b2, c, simple(4, "Alone", StatusCategory.ACCEPTED))));
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());

        assertThat(doc.select("a").eachAttr("href"))
                .containsExactly("0001-first.html", "0002-second.html", "0003-third.html");
        assertThat(doc.select("path[marker-end]")).hasSize(2);
        List<Integer> xs = new ArrayList<>();
        for (var r : doc.select("a rect")) {
            xs.add(Integer.parseInt(r.attr("x")));
        }
        assertThat(xs).isSorted().doesNotHaveDuplicates();
        assertThat(doc.select("a text").eachText()).containsExactly("0001 First", "0002 Second", "0003 Third");
    }

    @Test
    void escapesTitlesAndShortensLongOnes() {
        Adr a = simple(1, "Use <script>alert(1)</script> & \"quotes\" in a title far too long to fit in a box",
                StatusCategory.SUPERSEDED);
        Adr b = simple(2, "B", StatusCategory.ACCEPTED);
        String svg = svg(log(List.of(supersededBy(a, b), b)));

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;").contains("&amp; &quot;quotes&quot;");
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        String label = doc.select("a text").first().text();
        assertThat(label).endsWith("\u2026").hasSizeLessThanOrEqualTo(SvgGraph.MAX_LABEL);
        assertThat(doc.select("a title").first().text()).startsWith("0001 Use <script>alert(1)</script> & \"quotes\"");
    }

    @Test
    void aHundredAdrsStayReadableAndTheSameOnEveryRun() {
        String svg = svg(log(chains(100)));

        assertThat(svg(log(chains(100)))).isEqualTo(svg);
        Matcher m = Pattern.compile("<svg [^>]*width=\"(\\d+)\" height=\"(\\d+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        int width = Integer.parseInt(m.group(1));
        int height = Integer.parseInt(m.group(2));
        // 33 chains of two: two columns wide, one row per chain, no overlapping boxes
        assertThat(width).isLessThan(1000);
        assertThat(height).isEqualTo(SvgGraph.LEGEND_H + SvgGraph.MARGIN + 33 * (SvgGraph.NODE_H + SvgGraph.BAND_GAP)
                - SvgGraph.BAND_GAP + SvgGraph.MARGIN);
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        assertThat(doc.select("a")).hasSize(66);
        List<String> boxes = new ArrayList<>();
        for (var r : doc.select("a rect")) {
            boxes.add(r.attr("x") + "," + r.attr("y"));
        }
        assertThat(boxes).doesNotHaveDuplicates();
    }

    @Test
    void aCycleIsDrawnWithoutHanging() {
        Adr a = simple(1, "A", StatusCategory.SUPERSEDED);
        Adr b = simple(2, "B", StatusCategory.SUPERSEDED);
        String svg = svg(log(List.of(supersededBy(a, b), supersededBy(b, a), simple(3, "C", StatusCategory.ACCEPTED))));

        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        assertThat(doc.select("a")).hasSize(2);
        assertThat(doc.select("path[stroke-dasharray]")).hasSize(1);
    }

    @Test
    void nothingToDrawGivesNoSvg() {
        assertThat(svg(log(List.of(simple(1, "A", StatusCategory.ACCEPTED))))).isEmpty();
    }
}
