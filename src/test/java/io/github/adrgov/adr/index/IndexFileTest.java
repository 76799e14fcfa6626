package io.github.adrgov.adr.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFileTest {

    private static final List<String> BODY = List.of("", "| a |", "");
    private static final String START = IndexRenderer.START_MARKER;
    private static final String END = IndexRenderer.END_MARKER;

    @TempDir
    Path dir;

    @Test
    void createsAMissingFileWithHeadingAndBlock() throws Exception {
        Path f = dir.resolve("docs/adr/README.md");

        IndexFile.Outcome outcome = IndexFile.update(f, "docs/adr/README.md", BODY);

        assertThat(outcome).isEqualTo(IndexFile.Outcome.CREATED);
        assertThat(Files.readString(f)).isEqualTo(
                "# Architecture Decision Records\n\n" + START + "\n\n| a |\n\n" + END + "\n");
    }

    @Test
    void appendsAMarkedBlockAfterABlankLineToAFileWithoutMarkers() throws Exception {
        Path f = write("# Our decisions\n\nWe write them down.");

        assertThat(IndexFile.update(f, "README.md", BODY)).isEqualTo(IndexFile.Outcome.APPENDED);

        assertThat(Files.readString(f)).isEqualTo(
                "# Our decisions\n\nWe write them down.\n\n" + START + "\n\n| a |\n\n" + END + "\n");
    }

    @Test
    void appendDoesNotAddASecondBlankLine() throws Exception {
        assertThat(IndexFile.merge("Intro\n\n", BODY, "f"))
                .isEqualTo("Intro\n\n" + START + "\n\n| a |\n\n" + END + "\n");
        assertThat(IndexFile.merge("", BODY, "f")).isEqualTo(START + "\n\n| a |\n\n" + END + "\n");
    }

    @Test
    void replacesOnlyTheTextBetweenTheMarkersKeepingTheRestByteForByte() throws Exception {
        String before = "\uFEFF# Décisions\r\n\r\nText with trailing spaces   \r\nmixed\nendings\r\n  ";
        String after = "\r\n\r\n## Footer\tkept\r\nno final newline";
        Path f = write(before + START + "\r\nold row\r\n" + END + after);

        assertThat(IndexFile.update(f, "README.md", BODY)).isEqualTo(IndexFile.Outcome.REPLACED);

        String expected = before + START + "\r\n\r\n| a |\r\n\r\n" + END + after;
        assertThat(Files.readAllBytes(f)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void secondRunWritesNothingAndKeepsTheModificationTime() throws Exception {
        Path f = write("Intro\n");
        IndexFile.update(f, "README.md", BODY);
        byte[] first = Files.readAllBytes(f);
        FileTime old = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(f, old);

        assertThat(IndexFile.update(f, "README.md", BODY)).isEqualTo(IndexFile.Outcome.UP_TO_DATE);

        assertThat(Files.readAllBytes(f)).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(f)).isEqualTo(old);
    }

    @Test
    void aStartMarkerAloneIsAClearErrorAndTheFileIsUntouched() throws Exception {
        String text = "# Index\n\n" + START + "\n| old |\n";
        Path f = write(text);

        assertThatThrownBy(() -> IndexFile.update(f, "docs/adr/README.md", BODY))
                .isInstanceOf(IndexFileException.class)
                .hasMessageStartingWith("docs/adr/README.md:3: the index start marker " + START
                        + " has no end marker " + END + ".")
                .hasMessageContaining("remove both to have mvn adr:index append a new index block");
        assertThat(Files.readString(f)).isEqualTo(text);
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void anEndMarkerAloneIsAClearError() {
        assertThatThrownBy(() -> IndexFile.merge("a\n" + END + "\n", BODY, "README.md"))
                .isInstanceOf(IndexFileException.class)
                .hasMessageStartingWith("README.md:2: the index end marker " + END + " has no start marker");
    }

    @Test
    void anEndMarkerBeforeTheStartMarkerIsAClearError() {
        assertThatThrownBy(() -> IndexFile.merge(END + "\nx\n" + START + "\n", BODY, "README.md"))
                .isInstanceOf(IndexFileException.class)
                .hasMessageStartingWith("README.md:1: the index end marker " + END
                        + " (line 1) comes before the start marker " + START + " (line 3).");
    }

    @Test
    void aDuplicatedMarkerIsAClearError() {
        String text = START + "\n" + END + "\n" + START + "\n" + END + "\n";
        assertThatThrownBy(() -> IndexFile.merge(text, BODY, "README.md"))
                .isInstanceOf(IndexFileException.class)
                .hasMessageStartingWith("README.md:3: the index start marker " + START
                        + " appears 2 times (lines 1, 3)");
    }

    @Test
    void markersMustStandOnTheirOwnLine() throws Exception {
        String doc = "Put `" + START + "` and `" + END + "` in your README.\n";

        assertThat(IndexFile.find(doc, "README.md")).isEmpty();
        assertThat(IndexFile.find("  " + START + "  \n" + END, "README.md")).get()
                .extracting(IndexFile.Markers::startLine, IndexFile.Markers::endLine).containsExactly(1, 2);
    }

    @Test
    void blockUsesTheFilesDominantLineEnding() throws Exception {
        assertThat(IndexFile.merge("a\r\nb\r\nc\n", BODY, "f"))
                .isEqualTo("a\r\nb\r\nc\n\r\n" + START + "\r\n\r\n| a |\r\n\r\n" + END + "\r\n");
        assertThat(IndexFile.dominantLineEnding("a\nb\r\n")).isEqualTo("\n");
        assertThat(IndexFile.dominantLineEnding("no line end")).isEqualTo("\n");
    }

    @Test
    void anIndexFileThatIsNotUtf8IsRefusedAndLeftAlone() throws Exception {
        Path f = dir.resolve("README.md");
        byte[] latin1 = "Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(f, latin1);

        assertThatThrownBy(() -> IndexFile.update(f, "README.md", BODY))
                .isInstanceOf(IndexFileException.class)
                .hasMessageStartingWith("README.md: the index file is not valid UTF-8");
        assertThat(Files.readAllBytes(f)).isEqualTo(latin1);
    }

    @Test
    void rewriteKeepsTheFilePermissionsAndLeavesNoTemporaryFile() throws Exception {
        Path f = write("Intro\n");
        boolean posix = Files.getFileStore(f).supportsFileAttributeView("posix");
        if (posix) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-r--"));
        }

        IndexFile.update(f, "README.md", BODY);

        if (posix) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-rw-r--");
        }
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void innerTextComparesAcrossLineEndings() throws Exception {
        String crlf = IndexFile.merge("x\r\n", BODY, "f");
        IndexFile.Markers m = IndexFile.find(crlf, "f").orElseThrow();

        assertThat(IndexFile.inner(crlf, m)).isEqualTo(IndexFile.inner(BODY));
    }

    private Path write(String text) throws Exception {
        Path f = dir.resolve("README.md");
        Files.writeString(f, text);
        return f;
    }

    private List<Path> tempFiles() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
