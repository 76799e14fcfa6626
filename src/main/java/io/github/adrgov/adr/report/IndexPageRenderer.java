package io.github.adrgov.adr.report;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Finding;

import io.github.adrgov.adr.result.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;

/**
 * The report's main page, {@code adr/index.html}: counts per status, the index table, the supersession graph and the
 * findings of the log.
 */
public final class IndexPageRenderer extends AdrRendererBase {

    /** Longer statuses (some logs write a paragraph) are cut in the index table; the page shows them whole. */
    static final int STATUS_CELL = 60;

    /** Up to this many findings in all, the groups of findings are shown open; beyond, folded. */
    static final int OPEN_GROUPS_UP_TO = 25;

    public IndexPageRenderer(Sink sink, ReportData data, ReportText text) {
        super(sink, data, text);
    }

    @Override
    public String getTitle() {
        return text.get("report.name");
    }

    @Override
    protected void renderBody() {
        startSection(getTitle());
        paragraph(text.get("report.description"));
        summary();
        index();
        graph("graph.intro");
        findings();
        endSection();
    }

    private void summary() {
        startSection(text.get("summary.title"), "summary");
        paragraph(text.get("summary.intro", data.directory(), data.log().size()));
        Map<StatusCategory, Integer> counts = new EnumMap<>(StatusCategory.class);
        for (Adr a : data.log().adrs()) {
            counts.merge(a.statusCategory(), 1, Integer::sum);
        }
        if (!counts.isEmpty()) {
            startTable();
            headerRow("summary.status", "summary.count");
            for (Map.Entry<StatusCategory, Integer> e : counts.entrySet()) {
                tableRow(new String[] {Labels.category(e.getKey(), text), String.valueOf(e.getValue())});
            }
            endTable();
        }
        endSection();
    }

    private void index() {
        startSection(text.get("index.title"), "index");
        if (data.log().size() == 0) {
            paragraph(text.get("index.none"));
            endSection();
            return;
        }
        boolean numbered = data.log().numberedCount() > 0;
        startTable();
        if (numbered) {
            headerRow("index.number", "index.adr", "index.status", "index.date", "index.supersededBy");
        } else {
            headerRow("index.adr", "index.status", "index.date", "index.supersededBy");
        }
        for (Adr a : data.log().adrs()) {
            sink.tableRow();
            if (numbered) {
                tableCell(Labels.number(a));
            }
            linkCell(data.pages().of(a), Labels.title(a));
            statusCell(a);
            sink.tableCell(nowrap());
            sink.text(Labels.date(a));
            sink.tableCell_();
            sink.tableCell();
            adrLinks(data.sup().supersededBy(a), data.unresolvedSupersededBy(a));
            sink.tableCell_();
            sink.tableRow_();
        }
        endTable();
        endSection();
    }

    /**
     * The findings, one foldable group per rule ({@code <details>}, no script), errors first, each group's summary
     * naming the rule, its count and severity. A log with few findings shows its groups open.
     */
    private void findings() {
        startSection(text.get("findings.title"), "findings");
        List<Finding> all = data.result().findings();
        if (all.isEmpty()) {
            paragraph(text.get("findings.none"));
        } else {
            paragraph(text.get("findings.intro", data.result().summary()));
            boolean open = all.size() <= OPEN_GROUPS_UP_TO;
            for (Map.Entry<String, List<Finding>> group : byRule(all).entrySet()) {
                List<Finding> fs = group.getValue();
                // only these constant tags go through rawText: Doxia has no event for <details>/<summary>; the
                // rule id, the counts and every finding are written through text()
                sink.rawText(open ? "<details class=\"adr-findings\" open=\"open\">" : "<details class=\"adr-findings\">");
                sink.rawText("<summary>");
                sink.text(text.get("findings.group", group.getKey(), fs.size(), severity(fs.get(0))));
                sink.rawText("</summary>");
                startTable();
                headerRow("findings.location", "findings.message");
                for (Finding f : fs) {
                    sink.tableRow();
                    Optional<Adr> adr = data.log().byFile(f.file());
                    if (adr.isPresent()) {
                        linkCell(data.pages().of(adr.get()), location(f));
                    } else {
                        tableCell(location(f));
                    }
                    tableCell(f.message());
                    sink.tableRow_();
                }
                endTable();
                sink.rawText("</details>");
            }
        }
        endSection();
    }

    /** Findings by rule: rules whose findings are errors first, then warnings, then infos; by rule id within. */
    static Map<String, List<Finding>> byRule(List<Finding> findings) {
        Map<String, List<Finding>> groups = new TreeMap<>();
        for (Finding f : findings) {
            groups.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        List<Map.Entry<String, List<Finding>>> entries = new ArrayList<>(groups.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<String, List<Finding>> e) -> worst(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        Map<String, List<Finding>> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, List<Finding>> e : entries) {
            ordered.put(e.getKey(), e.getValue());
        }
        return ordered;
    }

    private static Severity worst(List<Finding> fs) {
        Severity w = Severity.INFO;
        for (Finding f : fs) {
            if (f.severity().compareTo(w) < 0) {
                w = f.severity();
            }
        }
        return w;
    }
}
