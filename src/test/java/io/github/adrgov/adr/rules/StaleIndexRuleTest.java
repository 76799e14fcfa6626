package io.github.adrgov.adr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.index.IndexFile;
import io.github.adrgov.adr.index.IndexRenderer;
import io.github.adrgov.adr.index.IndexSettings;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleIndexRuleTest {

    private static final String INDEX = "docs/adr/README.md";

    @TempDir
    Path base;

    private Path index;

    @BeforeEach
    void setUp() throws Exception {
        index = base.resolve(INDEX);
        Files.createDirectories(index.getParent());
    }

    @Test
    void indexWrittenForTheLogIsNotStale() throws Exception {
        AdrLog log = log(adr("0001", "a", "A", StatusCategory.ACCEPTED), adr("0002", "b", "B", StatusCategory.PROPOSED));
        IndexFile.update(index, INDEX, new IndexRenderer(IndexSettings.defaults()).render(log, INDEX));

        assertThat(check(log, IndexSettings.defaults())).isEmpty();
    }

    @Test
    void indexWithCrlfLineEndingsIsNotStale() throws Exception {
        AdrLog log = log(adr("0001", "a", "A", StatusCategory.ACCEPTED));
        Files.writeString(index, "Intro\r\n");
        IndexFile.update(index, INDEX, new IndexRenderer(IndexSettings.defaults()).render(log, INDEX));
        assertThat(Files.readString(index)).contains("| 0001 | [A](0001-a.md) | Accepted | |\r\n");

        assertThat(check(log, IndexSettings.defaults())).isEmpty();
    }

    @Test
    void missingAndChangedRowsMakeTheIndexStale() throws Exception {
        AdrLog old = log(adr("0001", "a", "A", StatusCategory.PROPOSED), adr("0002", "b", "B", StatusCategory.ACCEPTED));
        Files.writeString(index, "# ADRs\n\nHand-written intro.\n\n");
        IndexFile.update(index, INDEX, new IndexRenderer(IndexSettings.defaults()).render(old, INDEX));
        AdrLog now = log(adr("0001", "a", "A", StatusCategory.ACCEPTED), adr("0002", "b", "B", StatusCategory.ACCEPTED),
                adr("0003", "c", "C", StatusCategory.PROPOSED));

        List<Finding> findings = check(now, IndexSettings.defaults());

        assertThat(findings).extracting(Finding::format).containsExactly("docs/adr/README.md:5: [stale-index] "
                + "The ADR index is out of date (2 rows differ from the ADR files); run mvn adr:index to update it.");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aDifferentLayoutMakesTheIndexStaleEvenWithTheSameRows() throws Exception {
        AdrLog log = log(adr("0001", "a", "A", StatusCategory.ACCEPTED));
        IndexFile.update(index, INDEX, new IndexRenderer(IndexSettings.parse("by-status", null)).render(log, INDEX));

        assertThat(check(log, IndexSettings.defaults())).extracting(Finding::message).containsExactly(
                "The ADR index is out of date (its summary or layout differs from the ADR files); "
                        + "run mvn adr:index to update it.");
        assertThat(check(log, IndexSettings.parse("by-status", null))).isEmpty();
    }

    @Test
    void aHandKeptReadmeWithoutMarkersAndAMissingFileAreLeftAlone() throws Exception {
        AdrLog log = log(adr("0001", "a", "A", StatusCategory.ACCEPTED));
        assertThat(check(log, IndexSettings.defaults())).isEmpty();

        Files.writeString(index, "# Decisions\n\n| 1 | Something old |\n");
        assertThat(check(log, IndexSettings.defaults())).isEmpty();
    }

    @Test
    void brokenMarkersAreReportedAtTheMarkerLine() throws Exception {
        Files.writeString(index, "# Decisions\n\n" + IndexRenderer.START_MARKER + "\n| 1 |\n");

        List<Finding> findings = check(log(adr("0001", "a", "A", StatusCategory.ACCEPTED)), IndexSettings.defaults());

        assertThat(findings).extracting(Finding::format).singleElement().asString()
                .startsWith("docs/adr/README.md:3: [stale-index] The ADR index cannot be checked or updated: the index "
                        + "start marker <!-- adr-index:start --> has no end marker <!-- adr-index:end -->.");
    }

    private List<Finding> check(AdrLog log, IndexSettings settings) {
        ValidationConfig config = ValidationConfig.builder().indexFile(INDEX).indexSettings(settings).build();
        return new Validator(List.of(new StaleIndexRule())).validate(log, config, base, null).findings();
    }

    private static Adr.Builder adr(String digits, String slug, String title, StatusCategory status) {
        return Adr.builder("docs/adr/" + digits + "-" + slug + ".md").id(digits + "-" + slug).fileNumber(digits)
                .title(title, 1).status(status, status.id(), 3);
    }

    private static AdrLog log(Adr.Builder... builders) {
        return new AdrLog("docs/adr", List.of(builders).stream().map(Adr.Builder::build).toList(), List.of(),
                List.of());
    }
}
