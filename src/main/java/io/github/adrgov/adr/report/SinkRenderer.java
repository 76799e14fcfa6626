package io.github.adrgov.adr.report;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.MavenReportRenderer;

/**
 * The page skeleton and the few Sink helpers the ADR pages use (sections with anchors, tables, paragraphs), with the
 * same Sink events as maven-reporting-impl's {@code AbstractMavenReportRenderer}, so that the site looks the same, but
 * on the Sink API alone: the plugin does not carry maven-reporting-impl, whose Doxia site renderer, Velocity and
 * archiver jars would be loaded into every build that runs {@code adr:validate}. Every text goes through
 * {@link Sink#text(String)}: nothing is read as a link pattern or as markup.
 */
abstract class SinkRenderer implements MavenReportRenderer {

    protected final Sink sink;
    private int section;

    SinkRenderer(Sink sink) {
        this.sink = sink;
    }

    /** The page: head with its title, then {@link #renderBody()}; the sink is closed afterwards. */
    @Override
    public void render() {
        sink.head();
        sink.title();
        text(getTitle());
        sink.title_();
        sink.head_();
        sink.body();
        renderBody();
        sink.body_();
        sink.flush();
        sink.close();
    }

    /** The content of the page. */
    protected abstract void renderBody();

    protected void startSection(String name) {
        startSection(name, name);
    }

    protected void startSection(String name, String anchor) {
        section++;
        sink.section(section, null);
        sink.anchor(anchor);
        sink.anchor_();
        sink.sectionTitle(section, null);
        text(name);
        sink.sectionTitle_(section);
    }

    protected void endSection() {
        sink.section_(section);
        section--;
        if (section < 0) {
            throw new IllegalStateException("Too many closing sections");
        }
    }

    protected void startTable() {
        sink.table();
        sink.tableRows(null, false);
    }

    protected void endTable() {
        sink.tableRows_();
        sink.table_();
    }

    protected void tableHeaderCell(String text) {
        sink.tableHeaderCell();
        text(text);
        sink.tableHeaderCell_();
    }

    protected void tableCell(String text) {
        tableCell(text, false);
    }

    /** A cell of plain text, whatever {@code asHtml} says: no text is written as HTML. */
    protected void tableCell(String text, boolean asHtml) {
        sink.tableCell();
        text(text);
        sink.tableCell_();
    }

    /** Plain text: no link pattern is read from it. */
    public void linkPatternedText(String text) {
        text(text);
    }

    protected void tableRow(String[] content) {
        sink.tableRow();
        if (content != null) {
            for (String c : content) {
                tableCell(c);
            }
        }
        sink.tableRow_();
    }

    protected void paragraph(String paragraph) {
        sink.paragraph();
        text(paragraph);
        sink.paragraph_();
    }

    /** The text, or {@code -} when there is none (as the reporting renderer shows an empty value). */
    protected void text(String text) {
        sink.text(text == null || text.isEmpty() ? "-" : text);
    }
}
