package io.github.adrgov.adr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.validate.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.nio.file.Paths;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Logs written the way real teams write them (fixtures of ours under {@code src/test/resources/rules/reading}), read
 * by the parser and checked by every rule with zero configuration: what a log that follows its own dialect gets,
 * and that one problem is one finding.
 */
class ReadingRealLogsTest {

    private static Path base(String name) throws Exception {
        return Paths.get(Objects.requireNonNull(ReadingRealLogsTest.class.getResource("/rules/reading/" + name)).toURI());
    }

    private static AdrLog read(String name, String dir) throws Exception {
        Path base = base(name);
        return new LogReader(ReadOptions.defaults()).read(base, base.resolve(dir));
    }

    private static List<String> validate(String name, String dir) throws Exception {
        return new Validator().validate(read(name, dir), Fixtures.config(), base(name), null).findings().stream()
                .map(Finding::format).toList();
    }

    @Test
    void aNygardFileWithABoldDateLineIsNygardAndPasses() throws Exception {
        AdrLog log = read("nygard-bold-date", "docs/adr");

        assertThat(log.adrs()).extracting(Adr::dialect).containsOnly(Dialect.NYGARD);
        assertThat(log.adrs().get(0).dialectReason()).startsWith("a ## Status section").contains("section \"Context\"");
        assertThat(validate("nygard-bold-date", "docs/adr")).isEmpty();
    }

    @Test
    void theChangelogFamilyKeepsItsDateInTheChangelog() throws Exception {
        AdrLog log = read("changelog-log", "docs/architecture");

        assertThat(log.adrs()).extracting(Adr::dialect).containsOnly(Dialect.CHANGELOG);
        assertThat(log.adrs().get(0).dialectReason()).contains("a ## Changelog section");
        assertThat(log.adrs().get(2).dialectReason()).contains("an \"# ADR NNN: Title\" title");
        assertThat(log.byId("adr-draft-relay-incentives").orElseThrow().dialect()).isEqualTo(Dialect.CHANGELOG);
        assertThat(log.byId("adr-002-fee-module").orElseThrow().date()).isEqualTo(LocalDate.of(2023, 3, 3));
        assertThat(validate("changelog-log", "docs/architecture")).containsExactly(
                "docs/architecture/adr-002-fee-module.md:5: [invalid-date] Date \"Mar 3, 2023\" is not an ISO date; "
                        + "write YYYY-MM-DD (2023-03-03).",
                "docs/architecture/adr-003-light-client-upgrades.md:1: [missing-date] The ADR has no date; add a "
                        + "\"## Changelog\" section whose first entry is dated, e.g. \"- 2025-01-15: Initial draft\".");
    }

    @Test
    void aMadr4LogWithoutStatusOrDateIsNotFlaggedFileByFile() throws Exception {
        AdrLog log = read("madr4-optional", "docs/decisions");

        assertThat(log.adrs()).extracting(Adr::dialect).containsOnly(Dialect.MADR);
        assertThat(validate("madr4-optional", "docs/decisions")).isEmpty();
    }

    @Test
    void sectionsMatchByMeaningAtAnyLevelAndInBoldLines() throws Exception {
        assertThat(validate("section-aliases", "docs/adr")).containsExactly(
                "docs/adr/0004-drop-the-legacy-api.md:1: [missing-section] Required section \"Consequences\" is "
                        + "missing (nygard: the adr-tools format, \"# 1. Title\" with a Date: line and a Status section; its required sections are set with <requiredSections><nygard>Status, Context, Decision, Consequences</nygard></requiredSections>).",
                "docs/adr/0004-drop-the-legacy-api.md:1: [missing-section] Required section \"Decision\" is missing "
                        + "(nygard: the adr-tools format, \"# 1. Title\" with a Date: line and a Status section; its required sections are set with <requiredSections><nygard>Status, Context, Decision, Consequences</nygard></requiredSections>).");
    }

    @Test
    void aFileWithoutAdrStructureIsOneNoteAndAStubOneFinding() throws Exception {
        assertThat(validate("not-an-adr", "docs/adr")).containsExactly(
                "docs/adr/0002-security-review.md:1: [not-an-adr] The file is a stub without ADR text (no status, "
                        + "date or sections), so it is not checked as an ADR; if it is not one, add "
                        + "<exclude>0002-security-review.md</exclude> to <excludes> (which replaces the default "
                        + "excludes, so list those too).",
                "docs/adr/installing-the-tools.md:1: [not-an-adr] The file has no ADR structure (no status, date, "
                        + "number or ADR sections), so it is not checked as an ADR; if it is not one, add "
                        + "<exclude>installing-the-tools.md</exclude> to <excludes> (which replaces the default "
                        + "excludes, so list those too).");
    }

    @Test
    void oneProblemIsOneFinding() throws Exception {
        assertThat(validate("one-finding", "docs/adr")).containsExactly(
                "docs/adr/0001-use-kotlin.md:5: [missing-status] The \"Status\" section is empty; write the status, "
                        + "e.g. \"Accepted\".",
                "docs/adr/0002-use-grpc.md:7: [placeholder-text] Status \"accepted | deprecated | superseded by xxx\" "
                        + "is the template's list of choices; write the one status that applies.",
                "docs/adr/0003-title.md:7: [placeholder-text] The ADR is still the unfilled template: 4 placeholders "
                        + "are left, such as \"[Describe the context and the problem.]\"; write the decision, or "
                        + "remove the file.",
                "docs/adr/0004-no-status-section.md:1: [missing-status] The ADR has no status; add a \"## Status\" "
                        + "section below the title with a status such as \"Accepted\".");
    }

    @Test
    void aDateWrittenInTheStatusLineIsNotMissing() throws Exception {
        // the status line's date is the model's date, so it is not missing, and invalid-date names its ISO form
        assertThat(read("status-date", "docs/adr").byId("0002-train-on-observations").orElseThrow().date())
                .isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(validate("status-date", "docs/adr")).containsExactly(
                "docs/adr/0002-train-on-observations.md:6: [invalid-date] Date \"30/04/2025\" is not an ISO date; "
                        + "write YYYY-MM-DD (2025-04-30).",
                "docs/adr/0003-forget-the-date.md:1: [missing-date] The ADR has no date; add a \"Date: YYYY-MM-DD\" "
                        + "line below the title.");
    }

    @Test
    void aLogThatRecordsNoDatesAtAllPasses() throws Exception {
        assertThat(validate("no-dates-convention", "docs/adr")).isEmpty();
    }

    @Test
    void aDateNamedInRequiredFieldsIsAskedForEvenInALogThatRecordsNoDates() throws Exception {
        Dialect dialect = read("no-dates-convention", "docs/adr").adrs().get(0).dialect();
        ValidationConfig strict = ValidationConfig.builder().today(Fixtures.TODAY)
                .requiredFields(dialect, List.of("status", "date")).build();

        assertThat(new Validator().validate(read("no-dates-convention", "docs/adr"), strict,
                base("no-dates-convention"), null).findings()).extracting(Finding::rule)
                .containsExactly("missing-date", "missing-date", "missing-date");
    }

    @Test
    void requiringMadrStatusIsOneConfigurationLine() throws Exception {
        ValidationConfig strict = ValidationConfig.builder().today(Fixtures.TODAY)
                .requiredFields(Dialect.MADR, List.of("status")).build();

        assertThat(new Validator().validate(read("madr4-optional", "docs/decisions"), strict,
                base("madr4-optional"), null).findings()).extracting(Finding::rule)
                .containsExactly("missing-status", "missing-status");
    }
}
