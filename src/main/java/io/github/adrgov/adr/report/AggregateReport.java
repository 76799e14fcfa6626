package io.github.adrgov.adr.report;

import io.github.adrgov.adr.citations.CodeCitations;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.reactor.ModuleLog;
import io.github.adrgov.adr.reactor.ReactorGraph;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.ValidationResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

import org.apache.maven.doxia.sink.Sink;

/**
 * The reactor's report ({@code report-aggregate}): one page with every module's log, and beside it one folder per
 * module holding that module's own report (its index page and one page per ADR), so that every link works without
 * the modules' sites. Paths are relative to the reactor's root.
 */
public final class AggregateReport {

    /** One module as the aggregate shows it. */
    record Part(ModuleLog module, String folder, ReportData data) {
    }

    private final List<Part> parts;
    private final ReportData joined;
    private final ReportText text;

    /** @param modules the modules that have a log, in reactor order */
    public AggregateReport(List<ModuleLog> modules, ReportText text) {
        this.text = text;
        List<Part> ps = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        taken.add("index");
        Map<String, String> pages = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (ModuleLog m : modules) {
            String base = PageNames.clean(m.name());
            String folder = base;
            for (int n = 2; !taken.add(folder.toLowerCase(Locale.ROOT)); n++) {
                folder = base + "-" + n;
            }
            ReportData data = ReportData.of(m.result(), m.result().log().directory(), CodeCitations.none(), null);
            ps.add(new Part(m, folder, data));
            for (Map.Entry<String, String> e : data.pages().all().entrySet()) {
                pages.put(e.getKey(), folder + "/" + e.getValue());
            }
            findings.addAll(m.result().findings());
        }
        this.parts = List.copyOf(ps);
        AdrLog log = ReactorGraph.join(modules);
        this.joined = new ReportData(new ValidationResult(log, findings), "", PageNames.of(pages),
                log.supersessions(), Map.of(), false, null);
    }

    /** Renders the aggregate page; the sink is closed afterwards. */
    public void renderIndex(Sink sink) {
        new AggregatePageRenderer(sink, joined, text, parts).render();
    }

    /**
     * Renders each module's report into its folder ({@code orders/index.html}, {@code orders/0001-x.html}).
     *
     * @return per module folder, the project paths of the images its pages show, for the caller to copy
     */
    public SortedMap<String, SortedSet<String>> renderModules(AdrReport.PageSinks sinks) throws IOException {
        SortedMap<String, SortedSet<String>> images = new TreeMap<>();
        for (Part p : parts) {
            AdrReport report = new AdrReport(p.data(), text);
            // pages first, so that the module's index lists what rendering them found
            images.put(p.folder(), report.renderPages(name -> sinks.open(p.folder() + "/" + name)));
            report.renderIndex(sinks.open(p.folder() + "/index.html"));
        }
        return images;
    }
}
