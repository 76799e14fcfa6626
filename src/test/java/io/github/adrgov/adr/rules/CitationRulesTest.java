package io.github.adrgov.adr.rules;

import static io.github.adrgov.adr.rules.Fixtures.link;
import static io.github.adrgov.adr.rules.Fixtures.nygard;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.citations.Citation;
import io.github.adrgov.adr.citations.CodeCitations;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationRulesTest {

    private static final String JAVA = "src/main/java/shop/Retry.java";

    /** 0001 superseded by 0004, 0002 rejected, 0003 deprecated, 0004 accepted, 0005 superseded with no successor. */
    private static AdrLog shop() {
        return Fixtures.log(List.of(
                link(nygard("0001", "retry-twice", "Superseded by ADR-0004"), LinkKind.SUPERSEDED_BY, "ADR-0004",
                        null, 4).build(),
                nygard("0002", "use-soap", "Rejected").build(),
                nygard("0003", "use-xml-config", "Deprecated").build(),
                nygard("0004", "retry-three-times", "Accepted").build(),
                nygard("0005", "cache-everything", "Superseded").build()), List.of(), List.of("docs/adr/README.md"));
    }

    private static Citation number(int line, String text, int n) {
        return new Citation(JAVA, line, text, n, null);
    }

    private static Citation path(int line, String text) {
        return new Citation(JAVA, line, text, null, text.substring(text.lastIndexOf('/') + 1));
    }

    private static List<String> run(Rule rule, AdrLog log, Citation... citations) {
        return new Validator(List.of(rule)).validate(log, Fixtures.config(), null, null,
                CodeCitations.of(List.of(citations))).findings().stream().map(Finding::format).toList();
    }

    @Test
    void brokenCitationNamesTheFileLineAndTheMissingAdr() {
        assertThat(run(new BrokenCitationRule(), shop(),
                number(3, "ADR-0012", 12), number(4, "ADR-0004", 4), path(5, "docs/adr/0009-gone.md"),
                path(6, "docs/adr/0004-retry-three-times.md"), path(7, "docs/adr/README.md")))
                .containsExactly(
                        JAVA + ":3: [broken-citation] Cites ADR-0012, but there is no ADR-0012 in docs/adr; fix the"
                                + " citation or add the ADR.",
                        JAVA + ":5: [broken-citation] Cites docs/adr/0009-gone.md, but there is no ADR file"
                                + " 0009-gone.md in docs/adr; fix the citation or add the ADR.");
    }

    @Test
    void aCitationTwiceOnALineIsOneFinding() {
        assertThat(run(new BrokenCitationRule(), shop(), number(3, "ADR-12", 12), number(3, "ADR-12", 12)))
                .hasSize(1);
    }

    @Test
    void numbersAreNotCheckedInALogWithoutNumbers() {
        AdrLog slugs = new AdrLog("docs/adr", List.of(io.github.adrgov.adr.model.Adr.builder("docs/adr/use-x.md")
                .title("Use x", 1).build()), List.of(), List.of());
        assertThat(run(new BrokenCitationRule(), slugs, number(3, "ADR-12", 12), path(4, "docs/adr/use-x.md")))
                .isEmpty();
    }

    @Test
    void supersededCitationNamesTheSuccessor() {
        assertThat(run(new SupersededCitationRule(), shop(), number(8, "ADR-1", 1), number(9, "ADR-4", 4),
                path(10, "docs/adr/0005-cache-everything.md")))
                .containsExactly(
                        JAVA + ":8: [superseded-citation] Cites ADR-0001 \"Retry twice\", which is superseded by"
                                + " ADR-0004 \"Retry three times\"; check the code against the successor and cite it"
                                + " instead.",
                        JAVA + ":10: [superseded-citation] Cites ADR-0005 \"Cache everything\", which is"
                                + " \"Superseded\"; cite the ADR that replaced it, or check that the code still"
                                + " follows a decision that stands.");
    }

    @Test
    void inactiveCitationCatchesRejectedAndDeprecated() {
        assertThat(run(new InactiveCitationRule(), shop(), number(1, "ADR-2", 2), number(2, "ADR-3", 3),
                number(3, "ADR-4", 4), number(4, "ADR-1", 1), number(5, "ADR-99", 99)))
                .containsExactly(
                        JAVA + ":1: [inactive-citation] Cites ADR-0002 \"Use soap\", which is \"Rejected\": the code"
                                + " rests on a decision that does not stand; change the code or the citation.",
                        JAVA + ":2: [inactive-citation] Cites ADR-0003 \"Use xml config\", which is \"Deprecated\":"
                                + " the code rests on a decision that does not stand; change the code or the"
                                + " citation.");
    }

    @Test
    void withoutAScanTheRulesSayNothing() {
        assertThat(new Validator().validate(shop(), Fixtures.config(), null, null).findings())
                .extracting(Finding::rule).doesNotContain("broken-citation", "superseded-citation",
                        "inactive-citation");
    }
}
