package io.github.adrgov.adr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SectionConceptTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Context; CONTEXT",
        "Background; CONTEXT",
        "Intro; CONTEXT",
        "2. Context and Problem Statement:; CONTEXT",
        "Considered Alternatives; CONSIDERED_OPTIONS",
        "CI Platform Considered Options; CONSIDERED_OPTIONS",
        "Solution Options; CONSIDERED_OPTIONS",
        "Option considered; CONSIDERED_OPTIONS",
        "Consequence; CONSEQUENCES",
        "Negative; CONSEQUENCES",
        "Impacts; CONSEQUENCES",
        "Trade-offs; CONSEQUENCES",
        "Tradeoffs; CONSEQUENCES",
        "Positive Consequences <!-- optional -->; CONSEQUENCES",
        "Decisions; DECISION",
        "Decision: use Postgres; DECISION",
        "Decision Outcome(s); DECISION",
        "Detailed Design; DECISION",
        "Chosen Solution; DECISION",
        "Chosen option: self-hosted Drupal; DECISION",
        "Chosen approach; DECISION",
        "Decision Drivers; DECISION_DRIVERS",
        "Pros and Cons of the Options; PROS_AND_CONS",
        "Related decisions; RELATED",
        "状态; STATUS",
        "后果; CONSEQUENCES",
        "Changelog; CHANGELOG",
    })
    void aHeadingNamesTheSectionOfItsMeaning(String heading, SectionConcept concept) {
        assertThat(SectionConcept.of(heading)).containsExactly(concept);
    }

    @Test
    void aHeadingMayNameTwoSectionsAndAMatchInsideALongerNameDoesNotCount() {
        assertThat(SectionConcept.of("Decision and Consequences"))
                .containsExactlyInAnyOrder(SectionConcept.DECISION, SectionConcept.CONSEQUENCES);
        assertThat(SectionConcept.of("Decision Status"))
                .containsExactlyInAnyOrder(SectionConcept.DECISION, SectionConcept.STATUS);
        assertThat(SectionConcept.of("Main decision drivers")).containsExactly(SectionConcept.DECISION_DRIVERS);
        assertThat(SectionConcept.of("Related ADRs and other decisions")).doesNotContain(SectionConcept.CONTEXT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Overview", "Notes", "Areas of impact", "Reason for rejection", "Troubleshooting",
        "Backgrounder on tokens", "Problems with the old API", "Designing the schema",
    })
    void headingsOfOtherMeaningNameNoSection(String heading) {
        assertThat(SectionConcept.of(heading)).isEmpty();
    }

    @Test
    void theReadmeShowsTheOneTableOfAliases() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> table = new ArrayList<>();
        boolean in = false;
        for (String line : readme) {
            if (line.startsWith("<!-- section-aliases:start")) {
                in = true;
            } else if (line.startsWith("<!-- section-aliases:end")) {
                in = false;
            } else if (in && line.startsWith("| ") && !line.startsWith("| section |")) {
                table.add(line);
            }
        }
        List<String> expected = new ArrayList<>();
        for (SectionConcept c : SectionConcept.values()) {
            expected.add("| " + c.displayName() + " | " + String.join(", ", c.aliases()) + " |");
        }
        assertThat(table).containsExactlyElementsOf(expected);
    }
}
