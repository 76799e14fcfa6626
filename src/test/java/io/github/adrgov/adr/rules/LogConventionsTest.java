package io.github.adrgov.adr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.NumberingMode;
import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.validate.Validator;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A log's own consistent conventions, as real logs keep them (fixtures of ours under
 * {@code src/test/resources/rules/reading}), pass with zero configuration: ADRs named by a declared id whose numbers
 * repeat, free-form decision records without status, date or number, records named by date, and TODO / TBD markers a
 * team leaves on purpose. What departs from them is still reported.
 */
class LogConventionsTest {

    private static Path base(String name) throws Exception {
        return Paths.get(Objects.requireNonNull(LogConventionsTest.class.getResource("/rules/reading/" + name)).toURI());
    }

    private static AdrLog read(String name, String dir) throws Exception {
        Path base = base(name);
        return new LogReader(ReadOptions.defaults()).read(base, base.resolve(dir));
    }

    private static List<String> validate(String name, String dir, ValidationConfig config) throws Exception {
        return new Validator().validate(read(name, dir), config, base(name), null).findings().stream()
                .map(Finding::format).toList();
    }

    private static List<String> validate(String name, String dir) throws Exception {
        return validate(name, dir, Fixtures.config());
    }

    @Test
    void aLogThatNamesItsAdrsByADeclaredIdMayRepeatNumbers() throws Exception {
        assertThat(validate("slug-identity", "docs/adr")).isEmpty();

        ValidationConfig numbered = ValidationConfig.builder().today(Fixtures.TODAY)
                .numbering(NumberingMode.NUMBERED).build();
        assertThat(validate("slug-identity", "docs/adr", numbered)).containsExactly(
                "docs/adr/0003-queue-retries.md:8: [duplicate-number] Number 0003 is also used by "
                        + "docs/adr/0003-trace-exporter.md; give one of them the next free number, 0005.",
                "docs/adr/0003-trace-exporter.md:8: [duplicate-number] Number 0003 is also used by "
                        + "docs/adr/0003-queue-retries.md; give one of them the next free number, 0005.");
    }

    @Test
    void idsThatAreOnlyNumbersOrRepeatDoNotMakeANumberHarmless() {
        Adr a = Fixtures.nygard("0001", "a", "Accepted").field("id", "0001-a", 2).build();
        Adr b = Fixtures.nygard("0002", "b", "Accepted").field("id", "0002-b", 2).build();
        Adr c1 = Fixtures.nygard("0003", "c", "Accepted").field("id", "3", 2).build();
        Adr c2 = Fixtures.nygard("0003", "d", "Accepted").field("id", "ADR-3", 2).build();
        assertThat(Fixtures.run(new DuplicateNumberRule(), Fixtures.log(a, b, c1, c2))).hasSize(2);

        Adr d1 = Fixtures.nygard("0003", "c", "Accepted").field("id", "0003-c", 2).build();
        Adr d2 = Fixtures.nygard("0003", "d", "Accepted").field("id", "0003-C", 2).build();
        assertThat(Fixtures.run(new DuplicateNumberRule(), Fixtures.log(a, b, d1, d2))).hasSize(2);

        Adr e1 = Fixtures.nygard("0003", "c", "Accepted").build();
        Adr e2 = Fixtures.nygard("0003", "d", "Accepted").build();
        assertThat(Fixtures.run(new DuplicateNumberRule(), Fixtures.log(a, b, e1, e2))).hasSize(2);

        Adr f1 = Fixtures.nygard("0003", "c", "Accepted").field("id", "0003-c", 2).build();
        Adr f2 = Fixtures.nygard("0003", "d", "Accepted").field("id", "0003-d", 2).build();
        assertThat(Fixtures.run(new DuplicateNumberRule(), Fixtures.log(a, b, f1, f2))).isEmpty();
    }

    @Test
    void freeFormDecisionRecordsAreRecordsOfTheirLog() throws Exception {
        AdrLog log = read("free-form-records", "docs/decisions");

        assertThat(log.byId("immutable-types").orElseThrow().title()).isEqualTo("Immutable types and builders");
        assertThat(validate("free-form-records", "docs/decisions")).containsExactly(
                "docs/decisions/caching.md:1: [not-an-adr] The file has no ADR structure (no status, date, number or "
                        + "ADR sections), so it is not checked as an ADR; if it is not one, add "
                        + "<exclude>caching.md</exclude> to <excludes> (which replaces the default excludes, so list "
                        + "those too).");
    }

    @Test
    void aRecordNamedByItsDateIsAnAdrAndItsStubOneNote() throws Exception {
        assertThat(validate("dated-records", "docs/records")).containsExactly(
                "docs/records/2023-03-02-rework-the-api/README.md: [not-an-adr] The file is a stub without ADR text "
                        + "(no status, date or sections), so it is not checked as an ADR; if it is not one, add "
                        + "<exclude>2023-03-02-rework-the-api/README.md</exclude> to <excludes> (which replaces the "
                        + "default excludes, so list those too).");
    }

    @Test
    void todoAndTbdAreUnfilledOnlyWhenADecidedAdrSaysNothingElseThere() throws Exception {
        assertThat(validate("todo-markers", "docs/adr")).containsExactly(
                "docs/adr/0002-inclusion-proofs.md:25: [placeholder-text] Template text \"TODO\" is left unfilled; "
                        + "replace it with the real content or remove it.",
                "docs/adr/0003-agent-serialization.md:19: [placeholder-text] Template text \"TODO\" is left unfilled; "
                        + "replace it with the real content or remove it.",
                "docs/adr/0005-release-checks.md:15: [placeholder-text] Template text \"TODO\" is left unfilled; "
                        + "replace it with the real content or remove it.");
    }

    @Test
    void thePlaceholdersOfOneSectionAreOneFinding() {
        String text = String.join("\n", "---", "status: accepted", "date: 2025-01-17", "---", "",
                "# Agent schema", "", "## Context and Problem Statement", "", "Agents need a declarative form.", "",
                "## Decision Drivers", "", "- Authors know YAML.", "", "## Considered Options", "", "### Extend the schema", "", "- Good, because {argument a}",
                "- Good, because {argument b}", "- Bad, because {argument c}", "", "### Keep our own format", "",
                "- Good, because we own it.", "", "## Decision Outcome", "", "Chosen option: \"{title of option 1}\"",
                "", "### Consequences", "", "- Good, because {positive consequence, e.g., a quality}", "",
                "## Validation", "", "A schema test runs in the build.", "", "## More Information", "",
                "The schema carries a version.", "");
        AdrLog log = ReadLogRulesTest.read("0070-agent-schema.md", text);

        assertThat(Fixtures.run(new PlaceholderTextRule(), log)).containsExactly(
                "docs/adr/0070-agent-schema.md:20: [placeholder-text] Template text \"{argument a}\" is left unfilled, "
                        + "and 2 more placeholders in this section (to line 22); replace them with the real content "
                        + "or remove them.",
                "docs/adr/0070-agent-schema.md:30: [placeholder-text] Template text \"{title of option 1}\" is left "
                        + "unfilled; replace it with the real content or remove it.",
                "docs/adr/0070-agent-schema.md:34: [placeholder-text] Template text \"{positive consequence, e.g., a "
                        + "quality}\" is left unfilled; replace it with the real content or remove it.");
    }

    @Test
    void theLikelyCategoryOfAnUnknownWordComesFromTheStatusTable() {
        StatusVocabulary v = StatusVocabulary.defaults();
        assertThat(v.likelyCategory("contested")).isEqualTo(StatusCategory.ACCEPTED);
        assertThat(v.likelyCategory("withdrawal")).isEqualTo(StatusCategory.REJECTED);
        assertThat(v.likelyCategory("deprecating")).isEqualTo(StatusCategory.DEPRECATED);
        assertThat(v.likelyCategory("replacing the old one")).isEqualTo(StatusCategory.SUPERSEDED);
        assertThat(v.likelyCategory("awaiting sign-off, pending review")).isEqualTo(StatusCategory.PROPOSED);
        assertThat(v.likelyCategory("not accepted yet")).isEqualTo(StatusCategory.REJECTED);
        assertThat(v.likelyCategory("superseeding")).isEqualTo(StatusCategory.SUPERSEDED);
        assertThat(v.with(java.util.Map.of("contested", StatusCategory.PROPOSED)).likelyCategory("contested by ops"))
                .isEqualTo(StatusCategory.PROPOSED);
    }
}
