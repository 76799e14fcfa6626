package io.github.adrgov.adr.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * The validate goal's decisions that do not depend on what the ADRs say: skipping, a missing directory and bad
 * configuration. Each case has its own base directory under {@code src/test/resources/unit}.
 */
@MojoTest
class ValidateMojoTest {

    @Test
    @Basedir("/unit/basic")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "skip", value = "true")
    void adrSkipSaysSoInOneLineAndReadsNothing(ValidateMojo mojo) throws Exception {
        mojo.execute();

        verify(mojo.getLog()).info("Skipping ADR validation (adr.skip=true).");
        verify(mojo.getLog(), never()).warn(anyString());
        assertThat(json(mojo)).doesNotExist();
    }

    @Test
    @Basedir("/unit/basic")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "validateSkip", value = "true")
    void validateSkipSkipsThisGoal(ValidateMojo mojo) throws Exception {
        mojo.execute();

        verify(mojo.getLog()).info("Skipping ADR validation (adr.validate.skip=true).");
        assertThat(json(mojo)).doesNotExist();
    }

    @Test
    @Basedir("/unit/missing-dir")
    @InjectMojo(goal = "validate")
    void missingDirectoryIsOneWarningNamingDirectoryAndProperty(ValidateMojo mojo) throws Exception {
        mojo.execute();

        verify(mojo.getLog()).warn("No ADR directory at docs/adr; set adr.directory to the folder of the ADR log."
                + " Nothing was validated.");
        assertThat(json(mojo)).doesNotExist();
    }

    @Test
    @Basedir("/unit/missing-dir")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "failIfMissing", value = "true")
    void missingDirectoryFailsWithFailIfMissing(ValidateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("No ADR directory at docs/adr; set adr.directory to the folder of the ADR log"
                        + " (adr.failIfMissing is true).");
    }

    @Test
    @Basedir("/unit/missing-dir")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "directory", value = "${project.basedir}/decisions")
    void configuredDirectoryIsNamedAsConfigured(ValidateMojo mojo) throws Exception {
        mojo.execute();

        verify(mojo.getLog()).warn("No ADR directory at decisions; set adr.directory to the folder of the ADR log."
                + " Nothing was validated.");
    }

    @Test
    @Basedir("/unit/dir-is-file")
    @InjectMojo(goal = "validate")
    void directoryThatIsAFileIsAConfigurationError(ValidateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("docs/adr is a file, not a directory");
    }

    @Test
    @Basedir("/unit/bad-config")
    @InjectMojo(goal = "validate")
    void badSeverityIsAConfigurationErrorNamingRuleAndValue(ValidateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("In <rules>, number-gap: 'loud' is not a severity; use error, warning, info or off");
    }

    @Test
    @Basedir("/unit/missing-dir")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "numbering", value = "sometimes")
    void badNumberingIsAConfigurationErrorEvenWithoutADirectory(ValidateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("adr.numbering is 'sometimes'; use auto, numbered or unnumbered");
    }

    static Path json(ValidateMojo mojo) {
        return new File(mojo.buildDirectory, "adr/validation.json").toPath();
    }
}
