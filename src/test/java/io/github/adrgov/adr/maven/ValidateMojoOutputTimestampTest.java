package io.github.adrgov.adr.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/**
 * {@code future-date} compares with the date of {@code project.build.outputTimestamp} when the project sets it (the
 * mojo receives it as its {@code outputTimestamp} parameter), so that a reproducible build gives the same findings on
 * any day. {@code unit/output-timestamp}: one ADR dated 2026-03-02, a date that has passed by the clock.
 */
@MojoTest
class ValidateMojoOutputTimestampTest {

    private static final String FINDING = "docs/adr/0001-release-from-tags.md:3: [future-date] Date 2026-03-02 lies in "
            + "the future; write the date the decision was made.";

    @Test
    @Basedir("/unit/output-timestamp")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "outputTimestamp", value = "2026-03-01T23:30:00Z")
    void anIsoTimestampBeforeTheAdrsDateMakesItAFutureDate(ValidateMojo mojo) throws Exception {
        mojo.execute();

        verify(mojo.getLog()).warn(FINDING);
        assertThat(rules(mojo)).containsExactly("future-date");
    }

    @Test
    @Basedir("/unit/output-timestamp")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "outputTimestamp", value = "2026-03-02T00:30:00+01:00")
    void anOffsetIsReadAsTheInstantInUtc(ValidateMojo mojo) throws Exception {
        // 2026-03-01T23:30:00Z: the day before the ADR's date in UTC, although it is 2026-03-02 at that offset
        mojo.execute();

        verify(mojo.getLog()).warn(FINDING);
    }

    @Test
    @Basedir("/unit/output-timestamp")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "outputTimestamp", value = "1772409600")
    void secondsSinceTheEpochAreReadToo(ValidateMojo mojo) throws Exception {
        // 1772409600 = 2026-03-02T00:00:00Z: the ADR's own date is not in the future; one second less would be
        mojo.execute();

        verify(mojo.getLog(), never()).warn(startsWith("docs/adr/0001-release-from-tags.md:3: [future-date]"));
        assertThat(rules(mojo)).isEmpty();
    }

    @Test
    @Basedir("/unit/output-timestamp")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "outputTimestamp", value = "1772409599")
    void oneSecondEarlierIsTheDayBefore(ValidateMojo mojo) throws Exception {
        mojo.execute();

        verify(mojo.getLog()).warn(FINDING);
    }

    @Test
    @Basedir("/unit/output-timestamp")
    @InjectMojo(goal = "validate")
    void withoutATimestampTodayCounts(ValidateMojo mojo) throws Exception {
        mojo.execute();

        verify(mojo.getLog(), never()).warn(anyString());
        assertThat(rules(mojo)).isEmpty();
    }

    @Test
    @Basedir("/unit/output-timestamp")
    @InjectMojo(goal = "validate")
    @MojoParameter(name = "outputTimestamp", value = "last tuesday")
    void anUnreadableTimestampIsAClearError(ValidateMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("project.build.outputTimestamp 'last tuesday' is neither an ISO-8601 instant such as "
                        + "2026-01-15T10:00:00Z nor a number of seconds since 1970-01-01T00:00:00Z.");
    }

    private static List<String> rules(ValidateMojo mojo) throws Exception {
        File json = new File(mojo.buildDirectory, "adr/validation.json");
        List<String> out = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(Files.readString(json.toPath())).path("findings")) {
            out.add(f.path("rule").asText());
        }
        return out;
    }
}
