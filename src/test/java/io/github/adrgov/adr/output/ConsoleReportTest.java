package io.github.adrgov.adr.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private static final String JSON = "target/adr/validation.json";

    @Test
    void oneLinePerFindingAtItsSeverityThenSummaryThenHint() {
        List<ConsoleLine> lines = new ConsoleReport(0).lines(Results.of(12,
                new Finding("broken-supersession", Severity.ERROR, "docs/adr/0003-x.md", 5,
                        "Status says \"Superseded by ADR-009\", but there is no ADR-009."),
                new Finding("number-gap", Severity.WARNING, "docs/adr", null, "ADR-0004 is missing."),
                new Finding("missing-date", Severity.ERROR, "docs/adr/0001-a.md", 2, "No date.")),
                "docs/adr", JSON);

        assertThat(lines).containsExactly(
                new ConsoleLine(Severity.WARNING, "docs/adr: [number-gap] ADR-0004 is missing."),
                new ConsoleLine(Severity.ERROR, "docs/adr/0001-a.md:2: [missing-date] No date."),
                new ConsoleLine(Severity.ERROR, "docs/adr/0003-x.md:5: [broken-supersession] Status says"
                        + " \"Superseded by ADR-009\", but there is no ADR-009."),
                new ConsoleLine(Severity.ERROR, "ADR log docs/adr: 12 ADRs, 2 errors, 1 warning."),
                new ConsoleLine(Severity.INFO, "Findings written to target/adr/validation.json. To change a rule's"
                        + " severity or switch it off, configure the plugin with"
                        + " <rules><number-gap>off</number-gap></rules> (error, warning, info or off)."),
                new ConsoleLine(Severity.INFO, "What each rule catches and how to fix it:"
                        + " https://adrgov.github.io/adr-maven-plugin/rules.html"));
    }

    @Test
    void cleanLogGivesOneInfoSummary() {
        assertThat(new ConsoleReport(200).lines(Results.of(1), "docs/adr", JSON))
                .containsExactly(new ConsoleLine(Severity.INFO, "ADR log docs/adr: 1 ADR, 0 errors, 0 warnings."));
    }

    @Test
    void warningsOnlySummaryIsAWarning() {
        List<ConsoleLine> lines = new ConsoleReport(200).lines(Results.of(2,
                new Finding("future-date", Severity.WARNING, "docs/adr/0002-b.md", 3, "Date is after today.")),
                "docs/adr", JSON);

        assertThat(lines.get(1)).isEqualTo(new ConsoleLine(Severity.WARNING,
                "ADR log docs/adr: 2 ADRs, 0 errors, 1 warning."));
    }

    @Test
    void capKeepsErrorsFirstInFileOrderAndCountsTheRest() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            findings.add(new Finding("empty-section", Severity.WARNING, "docs/adr/000" + i + "-w.md", 1, "Empty."));
        }
        findings.add(new Finding("missing-status", Severity.ERROR, "docs/adr/0009-e.md", 1, "No status."));
        findings.add(new Finding("missing-date", Severity.ERROR, "docs/adr/0008-e.md", 1, "No date."));

        List<ConsoleLine> lines = new ConsoleReport(3).lines(
                Results.of(9, findings.toArray(new Finding[0])), "docs/adr", JSON);

        assertThat(lines.subList(0, 4)).extracting(ConsoleLine::text).containsExactly(
                "docs/adr/0001-w.md:1: [empty-section] Empty.",
                "docs/adr/0008-e.md:1: [missing-date] No date.",
                "docs/adr/0009-e.md:1: [missing-status] No status.",
                "... and 4 more; see target/adr/validation.json.");
        assertThat(lines.get(4).text()).isEqualTo("ADR log docs/adr: 9 ADRs, 2 errors, 5 warnings.");
    }

    @Test
    void infoFindingsAreCountedInTheSummary() {
        List<ConsoleLine> lines = new ConsoleReport(0).lines(Results.of(1,
                new Finding("future-date", Severity.INFO, "docs/adr/0001-a.md", 3, "Date is after today.")),
                "docs/adr", JSON);

        assertThat(lines.get(0).level()).isEqualTo(Severity.INFO);
        assertThat(lines.get(1).text()).isEqualTo("ADR log docs/adr: 1 ADR, 0 errors, 0 warnings, 1 info.");
    }
}
