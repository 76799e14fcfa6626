package io.github.adrgov.adr.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The CI outputs of the validate goal: SARIF and JUnit XML next to validation.json, their switches, and GitHub
 * annotations printed only under GitHub Actions (the environment is injected, not the real one).
 *
 * <p>{@code unit/findings}: one error (broken-supersession in ADR-001) and one warning (number-gap).
 */
@MojoTest
class ValidateMojoCiOutputsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private void prepare(ValidateMojo mojo, Map<String, String> env) throws Exception {
        mojo.environment = env;
        mojo.annotationOut = new PrintStream(out, true, StandardCharsets.UTF_8);
        Files.deleteIfExists(sarif(mojo));
        Files.deleteIfExists(junit(mojo));
    }

    private static Path sarif(ValidateMojo mojo) {
        return new File(mojo.buildDirectory, "adr/validation.sarif").toPath();
    }

    private static Path junit(ValidateMojo mojo) {
        return new File(mojo.buildDirectory, "adr/TEST-adr-validation.xml").toPath();
    }

    @Test
    @Basedir("/unit/findings")
    @InjectMojo(goal = "validate")
    void underGitHubActionsFindingsBecomeAnnotationsAndReportsAreWritten(ValidateMojo mojo) throws Exception {
        prepare(mojo, Map.of("GITHUB_ACTIONS", "true"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines()).hasSize(2);
        assertThat(printed.lines().toList().get(0))
                .startsWith("::error file=docs/adr/0001-write-tests-first.md,line=3,title=ADR broken-supersession::");
        assertThat(printed.lines().toList().get(1))
                .startsWith("::warning file=docs/adr/0003-review-in-pairs.md,line=1,title=ADR number-gap::");

        JsonNode log = new ObjectMapper().readTree(sarif(mojo).toFile());
        assertThat(log.path("runs").get(0).path("results")).hasSize(2);
        assertThat(log.path("runs").get(0).path("results").get(0).path("ruleId").asText())
                .isEqualTo("broken-supersession");
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit(mojo).toFile())
                .getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
    }

    @Test
    @Basedir("/unit/findings")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "failOnViolation", value = "false")
    void outsideGitHubActionsNothingIsPrinted(ValidateMojo mojo) throws Exception {
        prepare(mojo, Map.of());

        mojo.execute();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(sarif(mojo)).isRegularFile();
    }

    @Test
    @Basedir("/unit/findings")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "sarif", value = "false")
    @MojoParameter(name = "junit", value = "false")
    @MojoParameter(name = "githubAnnotations", value = "true")
    void eachOutputIsSwitchable(ValidateMojo mojo) throws Exception {
        prepare(mojo, Map.of());

        mojo.execute();

        assertThat(sarif(mojo)).doesNotExist();
        assertThat(junit(mojo)).doesNotExist();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("::error file=docs/adr/0001-write-tests-first.md");
    }

    @Test
    @Basedir("/unit/findings")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "failOnViolation", value = "false")
    void aPullRequestBuildWithoutBaselineSaysHowToCheckIt(ValidateMojo mojo) throws Exception {
        prepare(mojo, Map.of("GITLAB_CI", "true", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "develop"));

        mojo.execute();

        verify(mojo.getLog()).info("This GitLab CI build is for a pull request into 'develop'"
                + " (CI_MERGE_REQUEST_TARGET_BRANCH_NAME); to check that it keeps accepted ADRs and numbers intact, run"
                + " with -Dadr.baseline=origin/develop and a full clone (see https://adrgov.github.io/adr-maven-plugin/ci.html).");
        assertThat(PreMergeSupport.pullRequestHint(Map.of("GITHUB_BASE_REF", ""))).isEmpty();
        assertThat(PreMergeSupport.pullRequestHint(Map.of("CHANGE_TARGET", "main"))).hasValueSatisfying(
                s -> assertThat(s).startsWith("This Jenkins build is for a pull request into 'main' (CHANGE_TARGET)"));
    }

    @Test
    @Basedir("/unit/findings")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "githubAnnotations", value = "yes")
    void aBadAnnotationSettingIsNamed(ValidateMojo mojo) throws Exception {
        prepare(mojo, Map.of());

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("adr.githubAnnotations is 'yes'; use auto, true or false");
    }

    @Test
    @Basedir("/unit/findings")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "statusTransitions", value = "accepted=>proposed")
    void aBadTransitionTableIsNamed(ValidateMojo mojo) throws Exception {
        prepare(mojo, Map.of());

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("In adr.statusTransitions: Status transition 'accepted=>proposed' has no '->'; write it"
                        + " as from->to,to (e.g. accepted->deprecated,superseded)");
    }

    /**
     * Over an unchanged log the reports are not rendered again: the second build leaves every report as the first
     * wrote it; a report deleted or edited since is written again, all of them with the content of a fresh build.
     */
    @Test
    @Basedir("/unit/findings")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "failOnViolation", value = "false")
    void theReportsOfAnUnchangedLogAreLeftAsTheyWere(ValidateMojo mojo) throws Exception {
        prepare(mojo, Map.of());
        Path dir = new File(mojo.buildDirectory, "adr").toPath();
        List<Path> reports = List.of(dir.resolve("validation.json"), sarif(mojo), junit(mojo),
                dir.resolve("adrs.json"));
        mojo.execute();
        Map<Path, String> written = new HashMap<>();
        Map<Path, FileTime> times = new HashMap<>();
        for (Path p : reports) {
            written.put(p, Files.readString(p));
            times.put(p, Files.getLastModifiedTime(p));
        }
        Thread.sleep(20); // a write after this has a later time on any file system clock we run on

        mojo.execute();
        for (Path p : reports) {
            assertThat(Files.getLastModifiedTime(p)).as("not written again: " + p.getFileName()).isEqualTo(times.get(p));
        }

        Files.delete(sarif(mojo));
        Files.writeString(junit(mojo), "edited by hand");
        mojo.execute();
        for (Path p : reports) {
            assertThat(Files.readString(p)).as("as the first build wrote it: " + p.getFileName())
                    .isEqualTo(written.get(p));
        }
        assertThat(Files.getLastModifiedTime(dir.resolve("adrs.json"))).as("written again with the others")
                .isNotEqualTo(times.get(dir.resolve("adrs.json")));
    }
}
