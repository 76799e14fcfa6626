package io.github.adrgov.adr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.validate.Validator;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Markdown fixtures under {@code src/test/resources/rules/<case>/docs/adr}, read by the parser, checked by every rule. */
class EndToEndRulesTest {

    private static Path base(String name) throws URISyntaxException {
        return Paths.get(Objects.requireNonNull(EndToEndRulesTest.class.getResource("/rules/" + name)).toURI());
    }

    private static List<String> validate(String name, ValidationConfig config) throws Exception {
        Path base = base(name);
        AdrLog log = new LogReader(ReadOptions.defaults()).read(base, base.resolve("docs/adr"));
        return new Validator().validate(log, config, base, null).findings().stream().map(Finding::format).toList();
    }

    @Test
    void aNygardLogWithTheUsualRot() throws Exception {
        assertThat(validate("nygard-log", Fixtures.config())).containsExactly(
                "docs/adr/0003-publish-events-with-kafka.md:3: [invalid-date] Date \"21.07.2024\" is not an ISO date; "
                        + "write YYYY-MM-DD (2024-07-21).",
                "docs/adr/0003-publish-events-with-kafka.md:7: [broken-supersession] Status says \"Superseded by 9. "
                        + "Publish events with Pulsar\", but docs/adr/0009-publish-events-with-pulsar.md does not exist, "
                        + "and there is no ADR-0009.",
                "docs/adr/0003-publish-events-with-kafka.md:19: [broken-link] Link \"images/topics.png\" points to "
                        + "docs/adr/images/topics.png, which does not exist; fix the path or remove the link.",
                "docs/adr/0004-cache-prices.md:1: [duplicate-number] Number 0004 is also used by "
                        + "docs/adr/0004-store-orders-in-mysql.md; give one of them the next free number, 0008.",
                "docs/adr/0004-cache-prices.md:7: [unknown-status] Status \"Contested\" is not in the vocabulary "
                        + "(proposed, accepted, rejected, deprecated, superseded, draft); if it is the log's word for one of them, map it onto its category in the plugin configuration, <extraStatuses><contested>accepted</contested></extraStatuses>, or fix the status.",
                "docs/adr/0004-cache-prices.md:11: [placeholder-text] Template text \"[Describe the forces at play "
                        + "here.]\" is left unfilled; replace it with the real content or remove it.",
                "docs/adr/0004-cache-prices.md:17: [empty-section] Required section \"Consequences\" is empty; write "
                        + "its content.",
                "docs/adr/0004-store-orders-in-mysql.md:1: [duplicate-number] Number 0004 is also used by "
                        + "docs/adr/0004-cache-prices.md; give one of them the next free number, 0008.",
                "docs/adr/0006-sign-requests.md:1: [number-gap] Number 0005 is missing from the sequence.",
                "docs/adr/0006-sign-requests.md:7: [superseded-still-active] Status still reads \"Accepted\", but this "
                        + "ADR is superseded by docs/adr/0007-sign-requests-with-mtls.md; change the status to "
                        + "\"Superseded by ADR-0007\".",
                "docs/adr/0007-sign-requests-with-mtls.md:3: [future-date] Date 2099-01-01 lies in the future; write "
                        + "the date the decision was made.");
    }

    @Test
    void severitiesAreConfiguredPerRuleAndOffSwitchesARuleOff() throws Exception {
        ValidationConfig config = ValidationConfig.builder().today(Fixtures.TODAY)
                .severity("number-gap", Severity.OFF)
                .severity("duplicate-number", Severity.OFF)
                .severity("future-date", Severity.ERROR)
                .severity("unknown-status", Severity.INFO)
                .build();
        Path base = base("nygard-log");
        AdrLog log = new LogReader(ReadOptions.defaults()).read(base, base.resolve("docs/adr"));
        List<Finding> findings = new Validator().validate(log, config, base, null).findings();

        assertThat(findings).extracting(Finding::rule).doesNotContain("number-gap", "duplicate-number");
        assertThat(findings).filteredOn(f -> f.rule().equals("future-date")).extracting(Finding::severity)
                .containsExactly(Severity.ERROR);
        assertThat(findings).filteredOn(f -> f.rule().equals("unknown-status")).extracting(Finding::severity)
                .containsExactly(Severity.INFO);
        assertThat(findings).filteredOn(f -> f.rule().equals("broken-link")).extracting(Finding::severity)
                .containsExactly(Severity.WARNING);
    }

    @Test
    void aMixedLogOfDialects() throws Exception {
        assertThat(validate("mixed-log", Fixtures.config())).containsExactly(
                "docs/adr/0002-pick-a-queue.md:3: [invalid-front-matter] Front matter is not valid YAML: expected ',' "
                        + "or ']', but got :",
                "docs/adr/0003-use-feature-flags.md:1: [missing-field] Required field \"Deciders\" is missing; add a "
                        + "\"**Deciders**: ...\" line below the title.",
                "docs/adr/0003-use-feature-flags.md:25: [placeholder-text] Template text \"TODO\" is left unfilled; "
                        + "replace it with the real content or remove it.",
                "docs/adr/0005-retire-the-old-api.md:7: [self-supersession] Status says \"Superseded by ADR-0005\", "
                        + "which names this ADR itself; name the ADR that replaced this one.",
                "docs/adr/0006-use-blue-buttons.md:7: [one-sided-supersession] Status says \"Superseded by 7. Use "
                        + "green buttons\", but docs/adr/0007-use-green-buttons.md does not say it supersedes this ADR; "
                        + "add a \"Supersedes\" link to ADR-0006 there.",
                "docs/adr/0006-use-blue-buttons.md:7: [supersession-cycle] Supersession cycle: "
                        + "docs/adr/0006-use-blue-buttons.md is superseded by docs/adr/0007-use-green-buttons.md, which "
                        + "is superseded by docs/adr/0006-use-blue-buttons.md; the newest of them must not be "
                        + "superseded by an older one.",
                "docs/adr/0007-use-green-buttons.md:7: [one-sided-supersession] Status says \"Superseded by 6. Use "
                        + "blue buttons\", but docs/adr/0006-use-blue-buttons.md does not say it supersedes this ADR; "
                        + "add a \"Supersedes\" link to ADR-0007 there.",
                "docs/adr/04-keep-it-short.md:1: [inconsistent-number-width] Numbers in file names are padded to "
                        + "different widths: 2 digits in 1 file (e.g. docs/adr/04-keep-it-short.md) and 4 digits in 6 "
                        + "files (e.g. docs/adr/0001-write-decisions-in-madr.md); pad every number to 4 digits.",
                "docs/adr/04-keep-it-short.md:20: [broken-reference] Reference \"ADR-012\" is broken: there is no "
                        + "ADR-0012.");
    }
}
