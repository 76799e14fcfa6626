package io.github.adrgov.adr.report;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;

/**
 * The reactor's page, {@code adr-aggregate/index.html}: one row per module with its counts and a link to its pages,
 * one index of every ADR with its module, one supersession graph across the modules, and every finding. All text
 * from the logs goes through {@link Sink#text}; the graph is built and escaped by {@link SvgGraph}.
 */
final class AggregatePageRenderer extends AdrRendererBase {

    private final List<AggregateReport.Part> parts;

    AggregatePageRenderer(Sink sink, ReportData joined, ReportText text, List<AggregateReport.Part> parts) {
        super(sink, joined, text);
        this.parts = parts;
    }

    @Override
    public String getTitle() {
        return text.get("aggregate.name");
    }

    @Override
    protected void renderBody() {
        startSection(getTitle());
        paragraph(text.get("aggregate.description"));
        modules();
        if (!parts.isEmpty()) {
            index();
            graph("aggregate.graph.intro");
            findings();
        }
        endSection();
    }

    private void modules() {
        startSection(text.get("aggregate.modules.title"), "modules");
        paragraph(text.get("aggregate.modules.intro", parts.size(), data.log().size()));
        if (!parts.isEmpty()) {
            startTable();
            headerRow("aggregate.module", "aggregate.log", "aggregate.adrs", "aggregate.statuses",
                    "aggregate.errors", "aggregate.warnings");
            for (AggregateReport.Part p : parts) {
                sink.tableRow();
                linkCell(p.folder() + "/index.html", p.module().name());
                textCell(p.data().directory());
                textCell(String.valueOf(p.data().log().size()));
                textCell(statuses(p));
                textCell(String.valueOf(p.data().result().count(Severity.ERROR)));
                textCell(String.valueOf(p.data().result().count(Severity.WARNING)));
                sink.tableRow_();
            }
            endTable();
        }
        endSection();
    }

    private String statuses(AggregateReport.Part p) {
        Map<StatusCategory, Integer> counts = new EnumMap<>(StatusCategory.class);
        for (Adr a : p.data().log().adrs()) {
            counts.merge(a.statusCategory(), 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<StatusCategory, Integer> e : counts.entrySet()) {
            out.add(e.getValue() + " " + Labels.category(e.getKey(), text));
        }
        return String.join(", ", out);
    }

    private void index() {
        startSection(text.get("index.title"), "index");
        paragraph(text.get("aggregate.index.intro"));
        startTable();
        headerRow("aggregate.module", "index.number", "index.adr", "index.status", "index.date",
                "index.supersededBy");
        for (AggregateReport.Part p : parts) {
            for (Adr a : p.data().log().adrs()) {
                Adr joinedAdr = data.log().byFile(a.file()).orElse(a);
                sink.tableRow();
                textCell(p.module().name());
                textCell(Labels.number(a));
                linkCell(data.pages().of(a), Labels.title(a));
                statusCell(a);
                sink.tableCell(nowrap());
                sink.text(Labels.date(a));
                sink.tableCell_();
                sink.tableCell();
                adrLinks(data.sup().supersededBy(joinedAdr), List.of());
                sink.tableCell_();
                sink.tableRow_();
            }
        }
        endTable();
        endSection();
    }

    private void findings() {
        startSection(text.get("findings.title"), "findings");
        if (data.result().findings().isEmpty()) {
            paragraph(text.get("findings.none"));
            endSection();
            return;
        }
        paragraph(text.get("aggregate.findings.intro"));
        startTable();
        headerRow("aggregate.module", "findings.severity", "findings.rule", "findings.location", "findings.message");
        for (AggregateReport.Part p : parts) {
            for (Finding f : p.data().result().findings()) {
                sink.tableRow();
                textCell(p.module().name());
                textCell(severity(f));
                textCell(f.rule());
                Optional<Adr> adr = p.data().log().byFile(f.file());
                if (adr.isPresent()) {
                    linkCell(data.pages().of(adr.get()), location(f));
                } else {
                    textCell(location(f));
                }
                textCell(f.message());
                sink.tableRow_();
            }
        }
        endTable();
        endSection();
    }

    /** A cell of plain text, escaped by the sink. */
    private void textCell(String s) {
        sink.tableCell();
        sink.text(s);
        sink.tableCell_();
    }
}
