package io.github.adrgov.adr.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index file never pulls outside content into the project, and markers shown in a code fence are not the block. */
class IndexFileSafetyTest {

    @TempDir
    Path tmp;

    private static final List<String> BODY = List.of("", "| ADR | Status |", "");

    @Test
    void aLinkLeadingOutsideTheProjectIsRefusedAndNothingChanges() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path secret = Files.writeString(tmp.resolve("secret.env"), "TOKEN=abc\n");
        Path dir = Files.createDirectories(project.resolve("docs/adr"));
        Path link = Files.createSymbolicLink(dir.resolve("README.md"), secret);
        assertThatThrownBy(() -> IndexFile.update(link, "docs/adr/README.md", BODY, project))
                .isInstanceOf(IndexFileException.class)
                .hasMessage("docs/adr/README.md: the index file leads outside the project (to " + secret.toRealPath()
                        + ", through a symbolic link); adr:index writes only inside " + project.toRealPath()
                        + ". Replace the link by a file, or point adr.indexFile at a file in the project.");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(secret)).isEqualTo("TOKEN=abc\n");
    }

    @Test
    void aLinkedDirectoryOutsideIsRefusedToo() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createDirectories(project.resolve("docs"));
        Files.createSymbolicLink(project.resolve("docs/adr"), outside);
        assertThatThrownBy(() -> IndexFile.update(project.resolve("docs/adr/README.md"), "docs/adr/README.md", BODY,
                project)).isInstanceOf(IndexFileException.class).hasMessageContaining("leads outside the project");
        assertThat(outside.resolve("README.md")).doesNotExist();
    }

    @Test
    void aLinkInsideTheProjectIsWrittenThrough() throws IOException, IndexFileException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path dir = Files.createDirectories(project.resolve("docs/adr"));
        Path real = Files.writeString(project.resolve("docs/INDEX.md"), "# Decisions\n");
        Path link = Files.createSymbolicLink(dir.resolve("README.md"), Path.of("../INDEX.md"));
        assertThat(IndexFile.update(link, "docs/adr/README.md", BODY, project)).isEqualTo(IndexFile.Outcome.APPENDED);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real, StandardCharsets.UTF_8)).isEqualTo("# Decisions\n\n"
                + IndexFile.block(BODY, "\n") + "\n");
    }

    @Test
    void aBrokenLinkIsRefused() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path dir = Files.createDirectories(project.resolve("docs/adr"));
        Path link = Files.createSymbolicLink(dir.resolve("README.md"), Path.of("gone.md"));
        assertThatThrownBy(() -> IndexFile.update(link, "docs/adr/README.md", BODY, project))
                .isInstanceOf(IndexFileException.class).hasMessageContaining("symbolic link to gone.md, which does not exist");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void markersInsideACodeFenceAreNotTheBlock() throws IndexFileException {
        String howTo = "# ADRs\n\nPut this in your README:\n\n```markdown\n" + IndexRenderer.START_MARKER + "\n"
                + IndexRenderer.END_MARKER + "\n```\n";
        assertThat(IndexFile.find(howTo, "README.md")).isEmpty();
        String merged = IndexFile.merge(howTo, BODY, "README.md");
        assertThat(merged).isEqualTo(howTo + "\n" + IndexFile.block(BODY, "\n") + "\n");

        String both = "~~~~\n" + IndexRenderer.START_MARKER + "\n~~~\n" + IndexRenderer.END_MARKER + "\n~~~~\n\n"
                + IndexRenderer.START_MARKER + "\nold\n" + IndexRenderer.END_MARKER + "\n";
        assertThat(IndexFile.find(both, "README.md")).get().extracting(IndexFile.Markers::startLine,
                IndexFile.Markers::endLine).containsExactly(7, 9);
    }
}
