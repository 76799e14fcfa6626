package io.github.adrgov.adr.report;

import io.github.adrgov.adr.citations.Citation;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Field;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;

import java.util.List;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;

/**
 * One ADR's page: title, a header of status, date, file and the other metadata fields, links to the ADRs it
 * supersedes and is superseded by, the findings about its file, then its Markdown body, sanitised.
 */
public final class AdrPageRenderer extends AdrRendererBase {

    private final Adr adr;
    private final java.util.Set<String> images;
    private final java.util.function.Consumer<Finding> problems;

    /**
     * @param images collects the project paths of the images the page shows from {@link MarkdownBody#IMAGES}
     */
    public AdrPageRenderer(Sink sink, ReportData data, ReportText text, Adr adr, java.util.Set<String> images) {
        this(sink, data, text, adr, images, f -> { });
    }

    /**
     * @param images   collects the project paths of the images the page shows from {@link MarkdownBody#IMAGES}
     * @param problems told of a finding when the body cannot be rendered (the page then shows it as plain text)
     */
    public AdrPageRenderer(Sink sink, ReportData data, ReportText text, Adr adr, java.util.Set<String> images,
            java.util.function.Consumer<Finding> problems) {
        super(sink, data, text);
        this.adr = adr;
        this.images = images;
        this.problems = problems;
    }

    @Override
    public String getTitle() {
        return Labels.plain(Labels.full(adr));
    }

    @Override
    protected void renderBody() {
        startSection(getTitle());
        sink.paragraph();
        sink.link("index.html");
        sink.text("\u2190 " + text.get("page.back"));
        sink.link_();
        sink.paragraph_();
        header();
        String body;
        Finding unrendered = null;
        java.util.Set<String> shown = new java.util.TreeSet<>();
        try {
            body = MarkdownBody.html(data.log(), adr, data.pages(), shown);
            images.addAll(shown);
        } catch (RuntimeException | StackOverflowError e) {
            // one odd ADR never fails the site: its page shows the Markdown as text, and a finding says why
            body = null;
            unrendered = new Finding("unreadable-file", Severity.ERROR, adr.file(), null, "The Markdown body cannot be"
                    + " shown as HTML in the site (" + (e instanceof StackOverflowError ? "it is nested too deeply"
                    : e.getClass().getSimpleName()) + "); its page shows it as plain text. Simplify its nesting.");
            problems.accept(unrendered);
        }
        List<Finding> findings = new java.util.ArrayList<>(data.findingsOf(adr));
        if (unrendered != null) {
            findings.add(unrendered);
        }
        if (!findings.isEmpty()) {
            sink.paragraph();
            sink.bold();
            sink.text(text.get("page.findings"));
            sink.bold_();
            sink.paragraph_();
            sink.list();
            for (Finding f : findings) {
                sink.listItem();
                sink.text(severity(f) + " \u2013 " + location(f) + " [" + f.rule() + "] " + f.message());
                sink.listItem_();
            }
            sink.list_();
        }
        if (data.scanned()) {
            code();
        }
        if (body == null) {
            sink.verbatim(null);
            sink.text(MarkdownBody.bodyMarkdown(adr));
            sink.verbatim_();
        } else if (!body.isEmpty()) {
            sink.division(attributes(SinkEventAttributes.CLASS, "adr-body"));
            sink.rawText(body); // flexmark output cleaned by jsoup's allow-list in MarkdownBody
            sink.division_();
        }
        endSection();
    }

    /** "Where this decision lives in the code": the files and lines that cite this ADR. */
    private void code() {
        List<Citation> cited = data.citationsOf(adr);
        sink.paragraph();
        sink.bold();
        sink.text(text.get("page.code"));
        sink.bold_();
        sink.paragraph_();
        if (cited.isEmpty()) {
            sink.paragraph();
            sink.text(text.get("page.code.none"));
            sink.paragraph_();
            return;
        }
        sink.list();
        for (Citation c : cited) {
            sink.listItem();
            sink.monospaced();
            sink.text(c.location());
            sink.monospaced_();
            sink.text(" \u2013 " + c.text());
            sink.listItem_();
        }
        sink.list_();
    }

    private void header() {
        navigation();
        sink.table();
        sink.tableRows(null, false);
        statusRow();
        if (!Labels.date(adr).isEmpty()) {
            row("page.date", Labels.date(adr));
        }
        for (Field f : adr.fields().values()) {
            if (!f.value().isBlank()) {
                sink.tableRow();
                tableHeaderCell(Labels.fieldName(f.name()));
                tableCell(f.value());
                sink.tableRow_();
            }
        }
        List<Adr> by = data.sup().supersededBy(adr);
        List<String> byMissing = data.unresolvedSupersededBy(adr);
        if (!by.isEmpty() || !byMissing.isEmpty()) {
            linksRow("page.supersededBy", by, byMissing);
        }
        List<Adr> sup = data.sup().supersedes(adr);
        List<String> supMissing = data.unresolvedSupersedes(adr);
        if (!sup.isEmpty() || !supMissing.isEmpty()) {
            linksRow("page.supersedes", sup, supMissing);
        }
        fileRow();
        sink.tableRows_();
        sink.table_();
    }

    private void row(String key, String value) {
        sink.tableRow();
        tableHeaderCell(text.get(key));
        tableCell(value);
        sink.tableRow_();
    }

    private void linksRow(String key, List<Adr> adrs, List<String> missing) {
        sink.tableRow();
        tableHeaderCell(text.get(key));
        sink.tableCell();
        adrLinks(adrs, missing);
        sink.tableCell_();
        sink.tableRow_();
    }

    /** Links to the previous and the next ADR in the index's order, where there is one. */
    private void navigation() {
        java.util.Optional<Adr> previous = data.previous(adr);
        java.util.Optional<Adr> next = data.next(adr);
        if (previous.isEmpty() && next.isEmpty()) {
            return;
        }
        sink.paragraph(attributes(SinkEventAttributes.CLASS, "adr-navigation"));
        if (previous.isPresent()) {
            sink.text("\u2190 " + text.get("page.previous") + ": ");
            sink.link(data.pages().of(previous.get()));
            sink.text(Labels.full(previous.get()));
            sink.link_();
        }
        if (previous.isPresent() && next.isPresent()) {
            sink.text(" \u00b7 ");
        }
        if (next.isPresent()) {
            sink.text(text.get("page.next") + ": ");
            sink.link(data.pages().of(next.get()));
            sink.text(Labels.full(next.get()));
            sink.link_();
            sink.text(" \u2192");
        }
        sink.paragraph_();
    }

    /** The status as its category, and the whole text as written beside it where it says more. */
    private void statusRow() {
        String note = Labels.statusNote(adr, text, true);
        sink.tableRow();
        tableHeaderCell(text.get("page.status"));
        sink.tableCell();
        sink.text(Labels.statusCategory(adr, text));
        if (!note.isEmpty()) {
            sink.text(" ");
            sink.italic();
            sink.text("(" + note + ")");
            sink.italic_();
        }
        sink.tableCell_();
        sink.tableRow_();
    }

    /** The file's path, linking the repository browser through the project's scm.url when it names one. */
    private void fileRow() {
        String url = data.sourceUrl(adr);
        if (url == null) {
            row("page.file", adr.file());
            return;
        }
        sink.tableRow();
        tableHeaderCell(text.get("page.file"));
        linkCell(url, adr.file());
        sink.tableRow_();
    }
}
