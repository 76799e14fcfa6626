package io.github.adrgov.adr.report;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Finding;

import java.util.List;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/** Sink helpers shared by the index page and the ADR pages. */
abstract class AdrRendererBase extends AbstractMavenReportRenderer {

    protected final ReportData data;
    protected final ReportText text;

    AdrRendererBase(Sink sink, ReportData data, ReportText text) {
        super(sink);
        this.data = data;
        this.text = text;
    }

    /** Links to the pages of {@code adrs}, then the unresolved targets as plain text, separated by commas. */
    protected void adrLinks(List<Adr> adrs, List<String> unresolved) {
        boolean first = true;
        for (Adr a : adrs) {
            if (!first) {
                sink.text(", ");
            }
            first = false;
            sink.link(data.pages().of(a), attributes(SinkEventAttributes.TITLE, Labels.full(a)));
            sink.text(Labels.full(a));
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
     * A cell of plain text. {@code AbstractMavenReportRenderer.tableCell(String)} reads its text as a Doxia link pattern
     * ({@code {text, url}} becomes a link, a lone {@code {} fails the page); ADR text must never be read so, so every
     * cell written through the inherited helpers holds exactly its text.
     */
    @Override
    protected void tableCell(String cell) {
        tableCell(cell, false);
    }

    /** Plain text whatever {@code asHtml} says: no ADR text is ever written as HTML or as a link pattern. */
    @Override
    protected void tableCell(String cell, boolean asHtml) {
        sink.tableCell();
        text(cell);
        sink.tableCell_();
    }

    /** Plain text: link patterns are never read from the text this report writes. */
    @Override
    public void linkPatternedText(String plain) {
        text(plain);
    }

    /** The localised severity word. */
    protected String severity(Finding f) {
        return text.get("severity." + f.severity().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code file:line} of a finding. */
    protected static String location(Finding f) {
        return f.file() + (f.line() == null ? "" : ":" + f.line());
    }

    /** A cell holding a link. */
    protected void linkCell(String href, String label) {
        sink.tableCell();
        sink.link(href);
        sink.text(label);
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

    /** One attribute. */
    protected static SinkEventAttributes attributes(String name, String value) {
        SinkEventAttributeSet a = new SinkEventAttributeSet();
        a.addAttribute(name, value);
        return a;
    }
}
