package io.github.adrgov.adr.report;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Finding;

import java.util.List;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;

/** Sink helpers shared by the index page and the ADR pages. */
abstract class AdrRendererBase extends SinkRenderer {

    protected final ReportData data;
    protected final ReportText text;

    AdrRendererBase(Sink sink, ReportData data, ReportText text) {
        super(sink);
        this.data = data;
        this.text = text;
    }

    /** The supersession graph of the log as an SVG (or a line saying there is none), introduced by {@code introKey}. */
    protected void graph(String introKey) {
        startSection(text.get("graph.title"), "graph");
        String svg = SvgGraph.render(data.log(), data.sup(), data.pages(), text);
        if (svg.isEmpty()) {
            paragraph(text.get("graph.none"));
        } else {
            paragraph(text.get(introKey));
            SinkEventAttributes div = attributes(SinkEventAttributes.CLASS, "adr-graph");
            div.addAttribute(SinkEventAttributes.STYLE, "overflow:auto; max-height:80em");
            sink.division(div);
            sink.rawText(svg); // built and XML-escaped entirely by SvgGraph
            sink.division_();
        }
        endSection();
    }

    /** Links to the pages of {@code adrs}, then the unresolved targets as plain text, separated by commas. */
    protected void adrLinks(List<Adr> adrs, List<String> unresolved) {
        boolean first = true;
        for (Adr a : adrs) {
            if (!first) {
                sink.text(", ");
            }
            first = false;
            sink.link(data.pages().of(a), attributes(SinkEventAttributes.TITLE, Labels.plain(Labels.full(a))));
            inlineText(Labels.full(a));
            sink.link_();
        }
        for (String u : unresolved) {
            if (!first) {
                sink.text(", ");
            }
            first = false;
            // named by the file but not in the log: said, never hidden behind a successor found from the other side
            sink.text(u + " (" + text.get("link.missing") + ")");
        }
    }

    /**
     * The status as its category ({@code Accepted}), and the text as written beside it, in italics and shortened,
     * where it says more ({@code Accepted (approved by the board)}); the whole text is the cell's tooltip.
     */
    protected void statusCell(Adr a) {
        String note = Labels.statusNote(a, text, true);
        String whole = note.isEmpty() ? null : Labels.status(a, text);
        sink.tableCell(whole == null ? null : attributes(SinkEventAttributes.TITLE, whole));
        sink.text(Labels.statusCategory(a, text));
        if (whole != null) {
            sink.text(" ");
            sink.italic();
            sink.text("(" + shorten(note, IndexPageRenderer.STATUS_CELL) + ")");
            sink.italic_();
        }
        sink.tableCell_();
    }

    /** {@code s} cut to {@code max} characters with an ellipsis, at a word's end where one is near. */
    protected static String shorten(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        int end = s.offsetByCodePoints(0, max - 1);
        String cut = s.substring(0, end);
        int space = cut.lastIndexOf(' ');
        if (!Character.isWhitespace(s.charAt(end)) && space > cut.length() / 2) {
            cut = cut.substring(0, space); // not "so that t…"
        }
        return cut.strip().replaceAll("[,;:]$", "") + "\u2026";
    }

    /** The localised severity word. */
    protected String severity(Finding f) {
        return text.get("severity." + f.severity().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code file:line} of a finding. */
    protected static String location(Finding f) {
        return f.file() + (f.line() == null ? "" : ":" + f.line());
    }

    /**
     * Text with inline code as written in a title ({@code Use `pnpm` workspaces}): the code spans as code, the rest as
     * text. Both go through the sink as text, so nothing in a title becomes HTML.
     */
    protected void inlineText(String label) {
        int i = 0;
        StringBuilder plain = new StringBuilder();
        while (i < label.length()) {
            char c = label.charAt(i);
            if (c != '`') {
                plain.append(c);
                i++;
                continue;
            }
            int run = 0;
            while (i + run < label.length() && label.charAt(i + run) == '`') {
                run++;
            }
            String ticks = label.substring(i, i + run);
            int close = label.indexOf(ticks, i + run);
            if (close < 0 || close == i + run) {
                plain.append(ticks);
                i += run;
                continue;
            }
            if (plain.length() > 0) {
                sink.text(plain.toString());
                plain.setLength(0);
            }
            String code = label.substring(i + run, close);
            if (code.length() > 1 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()) {
                code = code.substring(1, code.length() - 1);
            }
            sink.inline(attributes(SinkEventAttributes.SEMANTICS, "code"));
            sink.text(code);
            sink.inline_();
            i = close + run;
        }
        if (plain.length() > 0) {
            sink.text(plain.toString());
        }
    }

    /** A cell holding a link. */
    protected void linkCell(String href, String label) {
        sink.tableCell();
        sink.link(href);
        inlineText(label);
        sink.link_();
        sink.tableCell_();
    }

    /** A table header row of localised names. */
    protected void headerRow(String... keys) {
        sink.tableRow();
        for (String k : keys) {
            tableHeaderCell(text.get(k));
        }
        sink.tableRow_();
    }

    /**
     * A cell that does not wrap (a date: a long title beside it must not break it at its hyphens): the style for the
     * site, the class for the standalone page, whose sink writes no style attributes.
     */
    protected static SinkEventAttributes nowrap() {
        SinkEventAttributes a = attributes(SinkEventAttributes.CLASS, "adr-nowrap");
        a.addAttribute(SinkEventAttributes.STYLE, "white-space:nowrap");
        return a;
    }

    /** One attribute. */
    protected static SinkEventAttributes attributes(String name, String value) {
        return SinkAttributes.of(name, value);
    }
}
