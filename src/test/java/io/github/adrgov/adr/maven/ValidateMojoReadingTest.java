package io.github.adrgov.adr.maven;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/**
 * What validate says about how it read the log: with {@code -X} the dialect of each file and why, and the one line for
 * a log whose MADR files state no status or date (which MADR allows).
 */
@MojoTest
class ValidateMojoReadingTest {

    @Test
    @Basedir("/unit/madr-dialects")
    @InjectMojo(goal = "validate")
    void debugOutputSaysPerFileWhichDialectWasChosenAndWhy(ValidateMojo mojo) throws Exception {
        when(mojo.getLog().isDebugEnabled()).thenReturn(true);

        mojo.execute();

        verify(mojo.getLog()).debug("docs/adr/0004-run-the-builds-on-our-own-machines.md: read as nygard (a ## Status "
                + "section, a \"# N. Title\" title, section \"Context\", section \"Decision\", section "
                + "\"Consequences\" (score 7; changelog 3, template 2))");
        verify(mojo.getLog()).debug("docs/adr/0001-keep-decisions-in-markdown.md: read as madr (section \"Context and "
                + "Problem Statement\", section \"Considered Options\", section \"Decision Outcome\" (score 3))");
        verify(mojo.getLog()).debug("docs/adr/0003-pin-tool-versions.md: read as madr (front matter key \"status\", "
                + "section \"Context and Problem Statement\", section \"Considered Options\", section \"Decision "
                + "Outcome\" (score 6))");
    }

    @Test
    @Basedir("/unit/madr-dialects")
    @InjectMojo(goal = "validate")
    void madrFilesWithoutStatusOrDateAreOneInfoLineForTheLogNotAFindingPerFile(ValidateMojo mojo) throws Exception {
        mojo.execute();

        verify(mojo.getLog()).info("2 of 3 MADR ADRs state no status and 2 no date, which MADR's template allows; to "
                + "require them, add <requiredFields><madr>status, date</madr></requiredFields>.");
        verify(mojo.getLog(), never()).error(anyString());
        verify(mojo.getLog(), never()).warn(anyString());
    }

    @Test
    @Basedir("/unit/madr-dialects")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "failOnViolation", value = "false")
    void theConfigurationLineRequiresThemFileByFile(ValidateMojo mojo) throws Exception {
        mojo.requiredFields = java.util.Map.of("madr", "status, date");

        mojo.execute();

        verify(mojo.getLog(), atLeast(1)).error("docs/adr/0001-keep-decisions-in-markdown.md:1: [missing-status] The "
                + "ADR has no status; add \"status: proposed\" to the front matter, or a \"* Status: proposed\" bullet "
                + "below the title.");
        verify(mojo.getLog(), never()).info(org.mockito.ArgumentMatchers.startsWith("2 of 3 MADR ADRs"));
    }
}
