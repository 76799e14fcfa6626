package io.github.adrgov.adr.report;

import io.github.adrgov.adr.model.Adr;

import java.io.IOException;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.maven.doxia.sink.Sink;

/**
 * Renders the whole report: the index page on the sink given, and one page per ADR on sinks opened by name beside it.
 */
public final class AdrReport {

    /** Opens the sink of a page beside the index page, e.g. {@code 0003-use-x.html}. */
    @FunctionalInterface
    public interface PageSinks {
        Sink open(String pageFileName) throws IOException;
    }

    private final ReportData data;
    private final ReportText text;
    /** Findings met while rendering pages (a body that cannot be rendered), shown on the index page too. */
    private final java.util.List<io.github.adrgov.adr.result.Finding> renderFindings = new java.util.ArrayList<>();

    public AdrReport(ReportData data, ReportText text) {
        this.data = data;
        this.text = text;
    }

    /**
     * Renders the index page; the sink is closed afterwards. Render the pages first so that the index lists the
     * findings met while rendering them.
     */
    public void renderIndex(Sink sink) {
        ReportData shown = data;
        if (!renderFindings.isEmpty()) {
            java.util.List<io.github.adrgov.adr.result.Finding> all = new java.util.ArrayList<>(data.result().findings());
            all.addAll(renderFindings);
            shown = new ReportData(new io.github.adrgov.adr.result.ValidationResult(data.log(), all), data.directory(),
                    data.pages(), data.sup(), data.citations(), data.scanned(), data.scmUrl());
        }
        new IndexPageRenderer(sink, shown, text).render();
    }

    /**
     * Renders every ADR page, in log order; each sink is closed afterwards.
     *
     * @return the project paths (from the base directory) of the images the pages show from
     *         {@link MarkdownBody#IMAGES}, sorted: the caller copies those that exist
     */
    public SortedSet<String> renderPages(PageSinks sinks) throws IOException {
        SortedSet<String> images = new TreeSet<>();
        for (Adr adr : data.log().adrs()) {
            Sink sink = sinks.open(data.pages().of(adr));
            new AdrPageRenderer(sink, data, text, adr, images, renderFindings::add).render();
        }
        return images;
    }
}
