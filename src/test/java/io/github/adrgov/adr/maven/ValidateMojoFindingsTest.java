package io.github.adrgov.adr.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * The validate goal on small logs with known problems: what fails the build, severities from {@code <rules>}, and
 * what lands in {@code target/adr/validation.json}.
 *
 * <p>{@code unit/findings}: ADR-001 says "Superseded by ADR-009" (no such ADR: broken-supersession, error) and
 * ADR-002 is missing (number-gap, warning). {@code unit/warnings}: only the gap.
 */
@MojoTest
class ValidateMojoFindingsTest {

    @Test
    @Basedir("/unit/findings")
    @InjectMojo(goal = "validate")
    void errorsFailTheBuildOnceAfterPrintingEveryFinding(ValidateMojo mojo) throws Exception {
        clean(mojo);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("ADR log docs/adr has 1 error (2 ADRs, 1 error, 1 warning)");

        verify(mojo.getLog()).error(org.mockito.ArgumentMatchers.startsWith(
                "docs/adr/0001-write-tests-first.md:3: [broken-supersession] "));
        verify(mojo.getLog()).warn(org.mockito.ArgumentMatchers.startsWith(
                "docs/adr/0003-review-in-pairs.md:1: [number-gap] "));
        JsonNode json = json(mojo);
        assertThat(json.get("adrCount").asInt()).isEqualTo(2);
        assertThat(rulesAndSeverities(json)).containsExactly("broken-supersession=error", "number-gap=warning");
    }

    @Test
    @Basedir("/unit/findings")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "failOnViolation", value = "false")
    void failOnViolationFalseReportsButPasses(ValidateMojo mojo) throws Exception {
        clean(mojo);

        mojo.execute();

        verify(mojo.getLog()).error("ADR log docs/adr: 2 ADRs, 1 error, 1 warning.");
        assertThat(rulesAndSeverities(json(mojo))).contains("broken-supersession=error");
    }

    @Test
    @Basedir("/unit/findings")
    @InjectMojo(goal = "validate", pom = "severities.xml")
    void severitiesFromRulesChangeTheOutcomeAndOffSwitchesARuleOff(ValidateMojo mojo) throws Exception {
        clean(mojo);

        mojo.execute();

        assertThat(rulesAndSeverities(json(mojo))).containsExactly("broken-supersession=warning");
        verify(mojo.getLog()).warn("ADR log docs/adr: 2 ADRs, 0 errors, 1 warning.");
    }

    @Test
    @Basedir("/unit/findings")
    @InjectMojo(goal = "validate", pom = "unknown-rule.xml")
    void unknownRuleIdIsAConfigurationErrorListingTheKnownRules(ValidateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Unknown rule 'no-such-rule' in <rules>; known rules: ")
                .hasMessageContaining("broken-supersession")
                .hasMessageContaining("number-gap");
    }

    @Test
    @Basedir("/unit/warnings")
    @InjectMojo(goal = "validate")
    void warningsAloneDoNotFailByDefault(ValidateMojo mojo) throws Exception {
        clean(mojo);

        mojo.execute();

        verify(mojo.getLog()).warn("ADR log docs/adr: 2 ADRs, 0 errors, 1 warning.");
        assertThat(rulesAndSeverities(json(mojo))).containsExactly("number-gap=warning");
    }

    @Test
    @Basedir("/unit/warnings")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "failOnWarning", value = "true")
    void warningsFailWithFailOnWarning(ValidateMojo mojo) throws Exception {
        clean(mojo);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("ADR log docs/adr has 1 warning and adr.failOnWarning is true");
        assertThat(rulesAndSeverities(json(mojo))).containsExactly("number-gap=warning");
    }

    @Test
    @Basedir("/unit/unreadable")
    @InjectMojo(goal = "validate")
    void fileThatIsNotUtf8IsAFindingNamingTheFileNotACrash(ValidateMojo mojo) throws Exception {
        clean(mojo);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        JsonNode json = json(mojo);
        assertThat(json.get("adrCount").asInt()).isEqualTo(1);
        assertThat(json.get("findings")).hasSize(1);
        JsonNode f = json.get("findings").get(0);
        assertThat(f.get("rule").asText() + " " + f.get("file").asText())
                .isEqualTo("unreadable-file docs/adr/0002-latin1.md");
        assertThat(f.get("message").asText()).contains("UTF-8");
    }

    /** Removes the JSON of an earlier test on the same base directory, so each test sees only its own. */
    private static void clean(ValidateMojo mojo) throws Exception {
        Files.deleteIfExists(file(mojo));
    }

    private static Path file(ValidateMojo mojo) {
        return new File(mojo.buildDirectory, "adr/validation.json").toPath();
    }

    private static JsonNode json(ValidateMojo mojo) throws Exception {
        return new ObjectMapper().readTree(file(mojo).toFile());
    }

    private static List<String> rulesAndSeverities(JsonNode json) {
        List<String> out = new ArrayList<>();
        json.get("findings").forEach(f -> out.add(f.get("rule").asText() + "=" + f.get("severity").asText()));
        return out;
    }
}
