package io.github.adrgov.adr.known;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownFindingsTest {

    private static final String A = "docs/adr/0001-use-postgres.md";
    private static final String B = "docs/adr/0002-use-kafka.md";

    private static Adr adr(String file, int number, String title) {
        return Adr.builder(file).fileNumber(file.replaceAll(".*/(\\d+)-.*", "$1")).title(title, 1).build();
    }

    private static ValidationResult result(List<Adr> adrs, Finding... findings) {
        return new ValidationResult(new AdrLog("docs/adr", adrs, List.of(), List.of()), List.of(findings));
    }

    private static Finding missing(String file, int line, String section) {
        return new Finding("missing-section", Severity.ERROR, file, line,
                "Required section " + section + " is missing.");
    }

    private static Finding todo(String file, int line) {
        return new Finding("placeholder-text", Severity.WARNING, file, line, "Template text \"TODO\" is left.");
    }

    private static final List<Adr> LOG = List.of(adr(A, 1, "Use Postgres"), adr(B, 2, "Use Kafka"));

    private static KnownFindings recordedToday() {
        return KnownFindings.record(result(LOG, missing(A, 1, "Context"), missing(A, 1, "Decision"), todo(A, 9),
                todo(A, 14), todo(B, 3)));
    }

    @Test
    void recordsPerFileAndRuleTheCountAndTheMessagesWithoutLineNumbers() {
        assertThat(recordedToday().toJson()).isEqualTo("""
                {
                  "comment": "Known findings of the ADR log, written by mvn adr:suppress. adr:validate fails only on \
                findings beyond these; after fixing some, run mvn adr:suppress again to drop them.",
                  "version": 1,
                  "count": 5,
                  "files": [
                    {
                      "file": "docs/adr/0001-use-postgres.md",
                      "number": 1,
                      "title": "Use Postgres",
                      "findings": [
                        {
                          "rule": "missing-section",
                          "count": 2,
                          "messages": [
                            "Required section Context is missing.",
                            "Required section Decision is missing."
                          ]
                        },
                        {
                          "rule": "placeholder-text",
                          "count": 2,
                          "messages": [
                            "Template text \\"TODO\\" is left.",
                            "Template text \\"TODO\\" is left."
                          ]
                        }
                      ]
                    },
                    {
                      "file": "docs/adr/0002-use-kafka.md",
                      "number": 2,
                      "title": "Use Kafka",
                      "findings": [
                        {
                          "rule": "placeholder-text",
                          "count": 1,
                          "messages": [
                            "Template text \\"TODO\\" is left."
                          ]
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void theSameFindingsInAnyOrderGiveTheSameBytesAndTheFileReadsBack() throws Exception {
        List<Finding> findings = new ArrayList<>(List.of(missing(A, 1, "Decision"), todo(B, 3), todo(A, 14),
                missing(A, 1, "Context"), todo(A, 9)));
        Collections.reverse(findings);
        String shuffled = KnownFindings.record(result(LOG, findings.toArray(Finding[]::new))).toJson();
        assertThat(shuffled).isEqualTo(recordedToday().toJson());
        KnownFindings back = KnownFindings.parse(shuffled, "known.json");
        assertThat(back.toJson()).isEqualTo(shuffled);
        assertThat(back.count()).isEqualTo(5);
    }

    @Test
    void afterEditsThatMoveLinesTheRecordedFindingsAreStillKnown() {
        ValidationResult edited = result(LOG, missing(A, 3, "Context"), missing(A, 3, "Decision"), todo(A, 20),
                todo(A, 31), todo(B, 7));
        ValidationResult split = match(recordedToday(), edited, Set.of(A, B), Map.of()).result();
        assertThat(split.findings()).isEmpty();
        assertThat(split.known()).hasSize(5);
        assertThat(split.knownFixed()).isZero();
    }

    @Test
    void aNewProblemIsNewEvenInAFileWithKnownFindingsOfTheSameRule() {
        ValidationResult more = result(LOG, missing(A, 1, "Context"), missing(A, 1, "Decision"),
                missing(A, 1, "Consequences"), todo(A, 9), todo(A, 14), todo(A, 15), todo(B, 3));
        ValidationResult split = match(recordedToday(), more, Set.of(A, B), Map.of()).result();
        assertThat(split.findings()).extracting(Finding::format).containsExactly(
                "docs/adr/0001-use-postgres.md:1: [missing-section] Required section Consequences is missing.",
                "docs/adr/0001-use-postgres.md:15: [placeholder-text] Template text \"TODO\" is left.");
        assertThat(split.known()).hasSize(5);
    }

    @Test
    void recordedFindingsNoLongerFoundAreCountedAsFixed() {
        ValidationResult better = result(LOG, missing(A, 1, "Context"), todo(A, 9));
        ValidationResult split = match(recordedToday(), better, Set.of(A, B), Map.of()).result();
        assertThat(split.findings()).isEmpty();
        assertThat(split.knownFixed()).isEqualTo(3);
        assertThat(split.knownSource()).isEqualTo("docs/adr/.adr-known-findings.json");
    }

    @Test
    void aDeletedFileCountsAllItsFindingsAsFixed() {
        ValidationResult gone = result(List.of(adr(A, 1, "Use Postgres")), missing(A, 1, "Context"),
                missing(A, 1, "Decision"), todo(A, 9), todo(A, 14));
        ValidationResult split = match(recordedToday(), gone, Set.of(A), Map.of()).result();
        assertThat(split.findings()).isEmpty();
        assertThat(split.knownFixed()).isEqualTo(1);
    }

    @Test
    void aRenamedFileKeepsItsEntriesByItsNumberAndTitle() {
        String renamed = "docs/adr/0002-stream-events-with-kafka.md";
        ValidationResult after = result(List.of(adr(A, 1, "Use Postgres"), adr(renamed, 2, "Use Kafka")),
                missing(A, 1, "Context"), missing(A, 1, "Decision"), todo(A, 9), todo(A, 14), todo(renamed, 3));
        KnownFindingsMatcher.Outcome outcome = match(recordedToday(), after, Set.of(A, renamed), Map.of());
        assertThat(outcome.result().findings()).isEmpty();
        assertThat(outcome.renames()).containsExactly(Map.entry(B, renamed));
    }

    @Test
    void aRenumberedFileKeepsItsEntriesByItsTitleAlone() {
        String renumbered = "docs/adr/0007-use-kafka.md";
        ValidationResult after = result(List.of(adr(A, 1, "Use Postgres"), adr(renumbered, 7, "Use Kafka")),
                missing(A, 1, "Context"), missing(A, 1, "Decision"), todo(A, 9), todo(A, 14), todo(renumbered, 3));
        KnownFindingsMatcher.Outcome outcome = match(recordedToday(), after, Set.of(A, renumbered), Map.of());
        assertThat(outcome.result().findings()).isEmpty();
        assertThat(outcome.renames()).containsExactly(Map.entry(B, renumbered));
    }

    @Test
    void aRenameGitSawIsFollowedEvenWhenTheTitleChanged() {
        String renamed = "docs/adr/0002-stream-events.md";
        ValidationResult after = result(List.of(adr(A, 1, "Use Postgres"), adr(renamed, 2, "Stream events")),
                missing(A, 1, "Context"), missing(A, 1, "Decision"), todo(A, 9), todo(A, 14), todo(renamed, 3));
        assertThat(match(recordedToday(), after, Set.of(A, renamed), Map.of()).result().findings()).hasSize(1);
        KnownFindingsMatcher.Outcome outcome = match(recordedToday(), after, Set.of(A, renamed),
                Map.of(B, renamed));
        assertThat(outcome.result().findings()).isEmpty();
        assertThat(outcome.renames()).containsExactly(Map.entry(B, renamed));
    }

    @Test
    void aNewFileWithTheSameTitleIsNotTakenForARenameWhileTheOldOneExists() {
        String copy = "docs/adr/0003-use-kafka.md";
        ValidationResult after = result(List.of(adr(A, 1, "Use Postgres"), adr(B, 2, "Use Kafka"),
                adr(copy, 3, "Use Kafka")), todo(B, 3), todo(copy, 3));
        ValidationResult split = match(recordedToday(), after, Set.of(A, B, copy), Map.of()).result();
        assertThat(split.findings()).extracting(Finding::file).containsExactly(copy);
    }

    @Test
    void aMessageWhoseFiguresChangedIsStillTheRecordedOne() {
        Finding before = new Finding("stale-index", Severity.ERROR, "docs/adr/README.md", 4,
                "The ADR index is out of date (2 rows differ from the ADR files); run mvn adr:index to update it.");
        Finding after = new Finding("stale-index", Severity.ERROR, "docs/adr/README.md", 4,
                "The ADR index is out of date (3 rows differ from the ADR files); run mvn adr:index to update it.");
        KnownFindings known = KnownFindings.record(result(LOG, before));
        ValidationResult split = match(known, result(LOG, after), Set.of("docs/adr/README.md"), Map.of()).result();
        assertThat(split.findings()).isEmpty();
        assertThat(split.known()).containsExactly(after);
    }

    @Test
    void aFileThatIsNotAKnownFindingsFileIsSaidPlainly() {
        assertThatThrownBy(() -> KnownFindings.parse("{\"files\": [", "docs/adr/.adr-known-findings.json"))
                .isInstanceOf(KnownFindingsException.class)
                .hasMessageStartingWith("The known-findings file docs/adr/.adr-known-findings.json is not valid JSON")
                .hasMessageEndingWith("restore it from version control or run mvn adr:suppress to write it again.");
        assertThatThrownBy(() -> KnownFindings.parse("[]", "k.json"))
                .hasMessage("The known-findings file k.json has no \"files\" list; run mvn adr:suppress to write it"
                        + " again.");
    }

    private static KnownFindingsMatcher.Outcome match(KnownFindings known, ValidationResult r, Set<String> existing,
                                                      Map<String, String> git) {
        return new KnownFindingsMatcher(known, "docs/adr/.adr-known-findings.json").match(r, existing::contains, git);
    }
}
