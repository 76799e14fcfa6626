package io.github.adrgov.adr.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
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
                new ConsoleLine(Severity.INFO, "Findings by rule: broken-supersession 1, missing-date 1,"
                        + " number-gap 1."),
                new ConsoleLine(Severity.INFO, "To adopt the plugin on this log as it is, run mvn adr:suppress: it"
                        + " records today's 3 findings in the known-findings file (commit it), and the build then"
                        + " fails only on new ones."),
                new ConsoleLine(Severity.INFO, "Findings written to target/adr/validation.json."),
                new ConsoleLine(Severity.INFO, "What each rule catches and how to fix it: https://adrgov.github.io/adr-maven-plugin/rules.html"));
    }

    @Test
    void theLargestGroupComesFirstAndItsStepIsTheFixGoalWhenFixCanRewriteIt() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            findings.add(new Finding("invalid-date", Severity.ERROR, "docs/adr/000" + i + "-a.md", 3,
                    "Date \"05/02/2018\" is not an ISO date."));
        }
        findings.add(new Finding("duplicate-number", Severity.ERROR, "docs/adr/0004-a.md", 1, "Number 4 twice."));
        findings.add(new Finding("duplicate-number", Severity.ERROR, "docs/adr/0004-b.md", 1, "Number 4 twice."));
        findings.add(new Finding("placeholder-text", Severity.WARNING, "docs/adr/0005-a.md", 7, "TODO left."));
        findings.add(new Finding("placeholder-text", Severity.WARNING, "docs/adr/0006-a.md", 7, "TODO left."));

        List<ConsoleLine> lines = new ConsoleReport(0, "docs/adr/.adr-known-findings.json")
                .lines(Results.of(6, findings.toArray(new Finding[0])), "docs/adr", JSON);

        assertThat(lines.subList(findings.size() + 1, lines.size())).extracting(ConsoleLine::text).containsExactly(
                "Findings by rule: invalid-date 3, duplicate-number 2, placeholder-text 2.",
                "The largest group, invalid-date (3), is mostly dates mvn adr:fix rewrites in ISO form where their"
                        + " reading is unambiguous; mvn adr:fix -Dadr.fix.dryRun=true shows the changes first.",
                "Findings written to target/adr/validation.json.",
                "What each rule catches and how to fix it: https://adrgov.github.io/adr-maven-plugin/rules.html");
    }

    @Test
    void anIntegrityRuleIsNeverAdvisedOffButItsDebtCanBeRecordedAsKnown() {
        List<ConsoleLine> lines = new ConsoleReport(0, "docs/adr/.adr-known-findings.json").lines(Results.of(2,
                new Finding("duplicate-number", Severity.ERROR, "docs/adr/0001-a.md", 1, "Number 1 twice."),
                new Finding("duplicate-number", Severity.ERROR, "docs/adr/0001-b.md", 1, "Number 1 twice.")),
                "docs/adr", JSON);

        assertThat(lines).extracting(ConsoleLine::text).noneMatch(t -> t.contains(">off<"));
        assertThat(lines.get(4).text()).isEqualTo("To adopt the plugin on this log as it is, run mvn adr:suppress:"
                + " it records today's 2 findings in docs/adr/.adr-known-findings.json (commit it), and the build"
                + " then fails only on new ones.");
    }

    @Test
    void knownFindingsAreOneLineAndFixedOnesSayHowToDropThem() {
        Finding known = new Finding("missing-section", Severity.ERROR, "docs/adr/0001-a.md", 1, "No Context.");
        Finding fresh = new Finding("missing-section", Severity.ERROR, "docs/adr/0002-b.md", 1, "No Context.");
        ValidationResult split = Results.of(2, known, fresh).withKnown(List.of(fresh), List.of(known, known, known),
                3, "docs/adr/.adr-known-findings.json");

        assertThat(new ConsoleReport(0).lines(split, "docs/adr", JSON)).extracting(ConsoleLine::text).containsExactly(
                "docs/adr/0002-b.md:1: [missing-section] No Context.",
                "ADR log docs/adr: 2 ADRs, 1 error, 0 warnings.",
                "3 known findings recorded in docs/adr/.adr-known-findings.json are not shown (mvn -X lists them).",
                "3 known findings are fixed; run mvn adr:suppress to drop them from the file.",
                "Findings by rule: missing-section 1.",
                "The 1 finding above is new since docs/adr/.adr-known-findings.json was written: fix them, or run"
                        + " mvn adr:suppress to record them as known too. If the log's own template names its"
                        + " sections otherwise, set them per dialect with <requiredSections> instead (the messages"
                        + " show how).",
                "Findings written to target/adr/validation.json.",
                "What each rule catches and how to fix it: https://adrgov.github.io/adr-maven-plugin/rules.html");
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
