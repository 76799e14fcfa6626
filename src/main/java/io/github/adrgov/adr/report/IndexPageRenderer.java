package io.github.adrgov.adr.report;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Finding;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;

/**
 * The report's main page, {@code adr/index.html}: counts per status, the index table, the supersession graph and the
 * findings of the log.
 */
public final class IndexPageRenderer extends AdrRendererBase {

    /** Longer statuses (some logs write a paragraph) are cut in the index table; the page shows them whole. */
    static final int STATUS_CELL = 60;

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
        graph();
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
            String status = Labels.status(a, text);
            String shown = Labels.shortStatus(a, text, STATUS_CELL);
            sink.tableCell(shown.equals(status) ? null : attributes(SinkEventAttributes.TITLE, status));
            sink.text(shown);
            sink.tableCell_();
            sink.tableCell(attributes(SinkEventAttributes.STYLE, "white-space:nowrap"));
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

    private void graph() {
        startSection(text.get("graph.title"), "graph");
        String svg = SvgGraph.render(data.log(), data.sup(), data.pages(), text);
        if (svg.isEmpty()) {
            paragraph(text.get("graph.none"));
        } else {
            paragraph(text.get("graph.intro"));
            SinkEventAttributes div = attributes(SinkEventAttributes.CLASS, "adr-graph");
            div.addAttribute(SinkEventAttributes.STYLE, "overflow:auto; max-height:80em");
            sink.division(div);
            sink.rawText(svg); // built and XML-escaped entirely by SvgGraph
            sink.division_();
        }
        endSection();
    }

    private void findings() {
        startSection(text.get("findings.title"), "findings");
        if (data.result().findings().isEmpty()) {
            paragraph(text.get("findings.none"));
        } else {
            paragraph(text.get("findings.intro", data.result().summary()));
            startTable();
            headerRow("findings.severity", "findings.rule", "findings.location", "findings.message");
            for (Finding f : data.result().findings()) {
                sink.tableRow();
                tableCell(severity(f));
                tableCell(f.rule());
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
        }
        endSection();
    }
}
