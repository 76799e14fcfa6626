package io.github.adrgov.adr.rules;

import static io.github.adrgov.adr.rules.Fixtures.log;
import static io.github.adrgov.adr.rules.Fixtures.nygard;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    /** The ids of PRODUCT.md's catalogue that this package implements, in catalogue order. */
    private static final List<String> CATALOGUE = List.of(
            "unreadable-file", "invalid-front-matter", "missing-title", "missing-number", "number-mismatch",
            "duplicate-number", "number-gap", "inconsistent-number-width", "missing-status", "unknown-status",
            "missing-date", "invalid-date", "future-date", "missing-field", "missing-section", "empty-section",
            "placeholder-text", "broken-supersession", "self-supersession", "supersession-cycle",
            "superseded-still-active", "one-sided-supersession", "superseded-by-inactive", "broken-reference",
            "broken-link");

    @Test
    void theRegistryHoldsTheCatalogueInOrder() {
        assertThat(Rules.ids()).containsSubsequence(CATALOGUE);
        assertThat(Rules.ids()).doesNotHaveDuplicates();
        for (Rule r : Rules.all()) {
            assertThat(r.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(r.description()).as(r.id()).endsWith(".");
            assertThat(r.defaultSeverity()).as(r.id()).isNotEqualTo(Severity.OFF);
        }
        assertThat(Rules.byId("number-gap").orElseThrow().defaultSeverity()).isEqualTo(Severity.WARNING);
        assertThat(Rules.byId("duplicate-number").orElseThrow().defaultSeverity()).isEqualTo(Severity.ERROR);
    }

    private static List<Adr> brokenLog() {
        return List.of(nygard("0001", "a", "Contested").build(), nygard("0001", "b", "Accepted").build());
    }

    @Test
    void theEngineAppliesDefaultSeveritiesOverridesAndOff() {
        var log = log(brokenLog().toArray(new Adr[0]));
        var defaults = ValidationConfig.builder().today(Fixtures.TODAY).build();
        List<Finding> all = new Validator().validate(log, defaults, null, null).findings();

        assertThat(all).extracting(f -> f.rule() + ":" + f.severity()).contains(
                "unknown-status:ERROR", "duplicate-number:ERROR");

        var tuned = ValidationConfig.builder().today(Fixtures.TODAY)
                .severity("unknown-status", Severity.WARNING)
                .severity("duplicate-number", Severity.OFF).build();
        List<Finding> some = new Validator().validate(log, tuned, null, null).findings();

        assertThat(some).extracting(Finding::rule).doesNotContain("duplicate-number");
        assertThat(some).filteredOn(f -> f.rule().equals("unknown-status")).extracting(Finding::format, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("docs/adr/0001-a.md:7: [unknown-status] Status "
                        + "\"Contested\" is not in the vocabulary (proposed, accepted, rejected, deprecated, superseded, "
                        + "draft); if it is the log's word for one of them, map it onto its category in the plugin configuration, <extraStatuses><contested>accepted</contested></extraStatuses>, or fix the status.", Severity.WARNING));
    }

    @Test
    void aCleanLogGivesNoFinding() {
        var log = log(nygard("0001", "a", "Accepted").build(), nygard("0002", "b", "Proposed").build());
        List<Finding> findings = new Validator().validate(log, Fixtures.config(), null, null).findings();

        assertThat(findings).isEmpty();
    }

    @Test
    void aFailingRuleBecomesAFindingAndTheOtherRulesStillRun() {
        Rule broken = new Rule() {
            @Override public String id() { return "always-fails"; }
            @Override public Severity defaultSeverity() { return Severity.ERROR; }
            @Override public String description() { return "Fails."; }
            @Override public void check(RuleContext context) { throw new IllegalStateException("boom"); }
        };
        var log = log(nygard("0001", "a", "Contested").build());
        List<String> lines = new Validator(List.of(broken, new UnknownStatusRule()))
                .validate(log, Fixtures.config(), null, null).findings().stream().map(Finding::format).toList();

        assertThat(lines).containsExactly(
                "docs/adr: [always-fails] Rule always-fails failed on this log (java.lang.IllegalStateException: boom); "
                        + "switch it off with <rules><always-fails>off</always-fails></rules> and report the problem.",
                "docs/adr/0001-a.md:7: [unknown-status] Status \"Contested\" is not in the vocabulary (proposed, "
                        + "accepted, rejected, deprecated, superseded, draft); if it is the log's word for one of them, map it onto its category in the plugin configuration, <extraStatuses><contested>accepted</contested></extraStatuses>, or fix the status.");
    }
}
