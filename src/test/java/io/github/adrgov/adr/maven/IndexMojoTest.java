package io.github.adrgov.adr.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * The index goal on a small log of our own ({@code src/test/resources/unit/index-basic}). Each test sets up the index
 * file it needs first, since the harness works on the copied resources in place.
 */
@MojoTest
class IndexMojoTest {

    private static final String ROWS = """
            | Number | Title | Status | Date |
            | --- | --- | --- | --- |
            | 0001 | [Keep a decision log](0001-keep-a-decision-log.md) | Accepted | 2025-03-01 |
            | 0002 | [Cache prices in a map \\| for now](0002-cache-with-a-map.md) | Superseded by [0003](0003-cache-in-redis.md) | 2025-03-04 |
            | 0003 | [Cache prices in Redis](0003-cache-in-redis.md) | Accepted | 2025-03-20 |
            """;

    @Test
    @Basedir("/unit/index-basic")
    @InjectMojo(goal = "index")
    void createsTheIndexAndAdrsJsonThenFindsThemUpToDate(IndexMojo mojo) throws Exception {
        Path readme = fresh(mojo, null);

        mojo.execute();

        verify(mojo.getLog()).info("ADR index docs/adr/README.md created (3 ADRs); model in target/adr/adrs.json");
        String text = Files.readString(readme);
        assertThat(text).startsWith("# Architecture Decision Records\n\n<!-- adr-index:start -->\n")
                .contains("**3 ADRs**: 2 accepted, 1 superseded.\n\n" + ROWS)
                .endsWith("<!-- adr-index:end -->\n");
        String json = Files.readString(new File(mojo.buildDirectory, "adr/adrs.json").toPath());
        assertThat(json).contains("\"adrCount\": 3", "\"id\": \"0002-cache-with-a-map\"",
                "\"supersededBy\": [\n        \"0003-cache-in-redis\"\n      ]");

        mojo.execute();

        verify(mojo.getLog()).info("ADR index docs/adr/README.md up to date (3 ADRs); model in target/adr/adrs.json");
        assertThat(Files.readString(readme)).isEqualTo(text);
    }

    @Test
    @Basedir("/unit/index-basic")
    @InjectMojo(goal = "index")
    void appendsToAHandWrittenReadmeAndKeepsItsText(IndexMojo mojo) throws Exception {
        String hand = "# Decisions\r\n\r\nAsk the *platform team* before adding one.\r\n";
        Path readme = fresh(mojo, hand);

        mojo.execute();

        verify(mojo.getLog()).info("ADR index docs/adr/README.md written (index block appended) (3 ADRs); "
                + "model in target/adr/adrs.json");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        assertThat(text).startsWith(hand + "\r\n<!-- adr-index:start -->\r\n")
                .contains(ROWS.replace("\n", "\r\n"));
    }

    @Test
    @Basedir("/unit/index-basic")
    @InjectMojo(goal = "index")
    @MojoParameter(name = "indexLayout", value = "by-status")
    @MojoParameter(name = "indexColumns", value = "title,date")
    void layoutAndColumnsAreConfigurable(IndexMojo mojo) throws Exception {
        Path readme = fresh(mojo, null);

        mojo.execute();

        assertThat(Files.readString(readme)).contains("""
                ### Accepted (2)

                | Title | Date |
                | --- | --- |
                | [Keep a decision log](0001-keep-a-decision-log.md) | 2025-03-01 |
                | [Cache prices in Redis](0003-cache-in-redis.md) | 2025-03-20 |

                ### Superseded (1)
                """);
    }

    @Test
    @Basedir("/unit/index-basic")
    @InjectMojo(goal = "index")
    void aSingleMarkerFailsNamingTheFileAndLeavesItUntouched(IndexMojo mojo) throws Exception {
        String broken = "# Decisions\n\n<!-- adr-index:start -->\n| old |\n";
        Path readme = fresh(mojo, broken);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("docs/adr/README.md:3: the index start marker <!-- adr-index:start --> has no "
                        + "end marker <!-- adr-index:end -->.")
                .hasMessageEndingWith("The file was left unchanged.");
        assertThat(Files.readString(readme)).isEqualTo(broken);
    }

    @Test
    @Basedir("/unit/index-basic")
    @InjectMojo(goal = "index")
    @MojoParameter(name = "indexColumns", value = "title,owner")
    void unknownColumnIsAConfigurationError(IndexMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Unknown index column 'owner'; use number, id, title, status, date or deciders");
    }

    @Test
    @Basedir("/unit/index-basic")
    @InjectMojo(goal = "index")
    @MojoParameter(name = "indexSkip", value = "true")
    void indexSkipSaysSoInOneLine(IndexMojo mojo) throws Exception {
        Path readme = fresh(mojo, null);

        mojo.execute();

        verify(mojo.getLog()).info("Skipping adr:index (adr.index.skip=true)");
        assertThat(readme).doesNotExist();
    }

    @Test
    @Basedir("/unit/index-basic")
    @InjectMojo(goal = "index")
    @MojoParameter(name = "skip", value = "true")
    void adrSkipSaysSoInOneLine(IndexMojo mojo) throws Exception {
        Path readme = fresh(mojo, null);

        mojo.execute();

        verify(mojo.getLog()).info("Skipping adr:index (adr.skip=true)");
        assertThat(readme).doesNotExist();
    }

    @Test
    @Basedir("/unit/index-basic")
    @InjectMojo(goal = "index")
    @MojoParameter(name = "indexFile", value = "${project.basedir}/docs/adr/0001-keep-a-decision-log.md")
    void anIndexFileThatIsReadAsAnAdrIsRefusedBeforeAnythingIsWritten(IndexMojo mojo) throws Exception {
        Path adr = new File(mojo.basedir, "docs/adr/0001-keep-a-decision-log.md").toPath();
        String before = Files.readString(adr);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("The index file docs/adr/0001-keep-a-decision-log.md is read as an ADR; add its name to "
                        + "adr.excludes or choose another adr.index.file.");
        assertThat(Files.readString(adr)).isEqualTo(before);
    }

    @Test
    @Basedir("/unit/dir-is-file")
    @InjectMojo(goal = "index")
    void directoryThatIsAFileIsAConfigurationError(IndexMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("The ADR directory docs/adr is a file, not a directory; set adr.directory to the folder "
                        + "of the ADR log.");
    }

    @Test
    @Basedir("/unit/index-missing-dir")
    @InjectMojo(goal = "index")
    void missingDirectoryIsOneWarningAndWritesNothing(IndexMojo mojo) throws Exception {
        mojo.execute();

        verify(mojo.getLog()).warn("No ADR directory at docs/adr; set adr.directory to the folder of the ADR log."
                + " No index was written.");
        assertThat(new File(mojo.basedir, "docs/adr/README.md")).doesNotExist();
        assertThat(new File(mojo.buildDirectory, "adr/adrs.json")).doesNotExist();
    }

    @Test
    @Basedir("/unit/index-basic")
    void validateFailsOnAStaleIndexAndPassesAfterIndex(@InjectMojo(goal = "validate") ValidateMojo validate,
            @InjectMojo(goal = "index") IndexMojo index) throws Exception {
        Path readme = fresh(index, "# Decisions\n\n<!-- adr-index:start -->\n| 0001 | [Old](0001-old.md) |\n"
                + "<!-- adr-index:end -->\n");
        Path json = new File(validate.buildDirectory, "adr/adrs.json").toPath();

        assertThatThrownBy(validate::execute).isInstanceOf(MojoFailureException.class);

        verify(validate.getLog()).error("docs/adr/README.md:3: [stale-index] The ADR index is out of date "
                + "(3 rows differ from the ADR files); run mvn adr:index to update it.");
        assertThat(Files.readString(json)).contains("\"adrCount\": 3");

        index.execute();
        validate.execute();

        assertThat(Files.readString(readme)).startsWith("# Decisions\n\n<!-- adr-index:start -->\n").contains(ROWS);
    }

    /** Puts the index file in the state a test starts from (absent when {@code text} is null). */
    private static Path fresh(IndexMojo mojo, String text) throws Exception {
        Path readme = new File(mojo.basedir, "docs/adr/README.md").toPath();
        Files.deleteIfExists(readme);
        Files.deleteIfExists(new File(mojo.buildDirectory, "adr/adrs.json").toPath());
        if (text != null) {
            Files.writeString(readme, text);
        }
        return readme;
    }
}
