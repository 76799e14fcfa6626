package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.UnreadableFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class LogReaderTest {

    @TempDir
    Path base;

    private Path adrDir() throws IOException {
        return Files.createDirectories(base.resolve("docs/adr"));
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static AdrLog read(Path base, Path dir) throws IOException {
        return new LogReader(ReadOptions.defaults()).read(base, dir);
    }

    @Test
    void readsAdrsSkipsIndexAndTemplatesAndSaysSo() throws IOException {
        Path dir = adrDir();
        write(dir.resolve("0002-second.md"), "# 2. Second\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n");
        write(dir.resolve("0001-first.md"), "# 1. First\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n");
        write(dir.resolve("README.md"), "# Index\n");
        write(dir.resolve("0000-TEMPLATE.md"), "# 0. Title\n");
        write(dir.resolve("adr-template.md"), "# Title\n");
        write(dir.resolve("notes.txt"), "not markdown");
        AdrLog log = read(base, dir);
        assertThat(log.directory()).isEqualTo("docs/adr");
        assertThat(log.adrs()).extracting(Adr::file).containsExactly("docs/adr/0001-first.md",
                "docs/adr/0002-second.md");
        assertThat(log.adrs()).extracting(Adr::id).containsExactly("0001-first", "0002-second");
        assertThat(log.skipped()).containsExactly("docs/adr/0000-TEMPLATE.md", "docs/adr/README.md",
                "docs/adr/adr-template.md");
        assertThat(log.unreadable()).isEmpty();
    }

    @Test
    void includesAndExcludesAreGlobsRelativeToTheAdrDirectory() throws IOException {
        Path dir = adrDir();
        write(dir.resolve("0001-a.md"), "# 1. A\n");
        write(dir.resolve("drafts/0002-b.md"), "# 2. B\n");
        write(dir.resolve("archive/old/0003-c.md"), "# 3. C\n");
        ReadOptions only = new ReadOptions(List.of("*.md", "archive/**/*.md"), List.of("**/old/*"),
                StatusVocabulary.defaults());
        AdrLog log = new LogReader(only).read(base, dir);
        assertThat(log.adrs()).extracting(Adr::id).containsExactly("0001-a");
        assertThat(log.skipped()).containsExactly("docs/adr/archive/old/0003-c.md");
    }

    @Test
    void nestedFoldersAndUpperCaseExtension() throws IOException {
        Path dir = adrDir();
        write(dir.resolve("0001-a.MD"), "# 1. A\n");
        write(dir.resolve("team/0002-b.md"), "# 2. B\n");
        AdrLog log = read(base, dir);
        assertThat(log.adrs()).extracting(Adr::id, Adr::file).containsExactly(
                org.assertj.core.api.Assertions.tuple("0001-a", "docs/adr/0001-a.MD"),
                org.assertj.core.api.Assertions.tuple("team/0002-b", "docs/adr/team/0002-b.md"));
    }

    @Test
    void folderStyleAdrsAreOneAdrEachAndTheirAttachmentsAreSkipped() throws IOException {
        Path dir = adrDir();
        write(dir.resolve("2024-01-15-use-x/README.md"), "# Use X\n\n## Decision\n\nX.\n");
        write(dir.resolve("2024-01-15-use-x/details.md"), "# Details\n");
        write(dir.resolve("003-release/index.md"), "---\ntitle: 3. Release\n---\n\n## Status\n\nAccepted\n");
        write(dir.resolve("team/README.md"), "# Team index\n");
        write(dir.resolve("team/0004-y.md"), "# 4. Y\n");
        AdrLog log = read(base, dir);
        assertThat(log.adrs()).extracting(Adr::id, Adr::file, Adr::number).containsExactly(
                org.assertj.core.api.Assertions.tuple("003-release", "docs/adr/003-release/index.md", 3),
                org.assertj.core.api.Assertions.tuple("team/0004-y", "docs/adr/team/0004-y.md", 4),
                org.assertj.core.api.Assertions.tuple("2024-01-15-use-x", "docs/adr/2024-01-15-use-x/README.md",
                        null));
        assertThat(log.skipped()).containsExactly("docs/adr/2024-01-15-use-x/details.md",
                "docs/adr/team/README.md");
    }

    @Test
    void notUtf8AndBinaryFilesAreUnreadableWithAReason() throws IOException {
        Path dir = adrDir();
        write(dir.resolve("0001-ok.md"), "# 1. OK\n");
        Files.write(dir.resolve("0002-latin1.md"), "# 2. Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("0003-binary.md"), new byte[] {'#', ' ', 0, 1, 2, 3});
        Files.write(dir.resolve("0004-late.md"), "# 4. A\n\nDate: x\n\u00ff".getBytes(StandardCharsets.ISO_8859_1));
        AdrLog log = read(base, dir);
        assertThat(log.adrs()).extracting(Adr::id).containsExactly("0001-ok");
        assertThat(log.unreadable()).containsExactly(
                new UnreadableFile("docs/adr/0002-latin1.md", "not valid UTF-8 (byte 9, line 1)"),
                new UnreadableFile("docs/adr/0003-binary.md", "binary file"),
                new UnreadableFile("docs/adr/0004-late.md", "not valid UTF-8 (byte 17, line 4)"));
    }

    @Test
    void bomAndCrlfFilesAreRead() throws IOException {
        Path dir = adrDir();
        Files.write(dir.resolve("0001-bom.md"),
                "\uFEFF# 1. With BOM\r\n\r\nDate: 2020-02-02\r\n".getBytes(StandardCharsets.UTF_8));
        Adr a = read(base, dir).adrs().get(0);
        assertThat(a.title()).isEqualTo("With BOM");
        assertThat(a.dateText()).isEqualTo("2020-02-02");
        assertThat(a.lines()).containsExactly("# 1. With BOM", "", "Date: 2020-02-02");
    }

    @Test
    void orderDoesNotDependOnTheFileSystem() throws IOException {
        Path dir = adrDir();
        for (int i = 30; i >= 1; i--) {
            write(dir.resolve(String.format("%04d-x%d.md", i % 7, i)), "# " + (i % 7) + ". X" + i + "\n");
        }
        List<String> first = read(base, dir).adrs().stream().map(Adr::id).toList();
        List<String> second = read(base, dir).adrs().stream().map(Adr::id).toList();
        assertThat(first).isEqualTo(second).hasSize(30);
        assertThat(first.subList(0, 4)).containsExactly("0000-x14", "0000-x21", "0000-x28", "0000-x7");
    }

    @Test
    void symlinksOutsideTheDirectoryAreSkippedAndCyclesEnd() throws IOException {
        Path dir = adrDir();
        write(dir.resolve("0001-a.md"), "# 1. A\n");
        Path outside = base.resolve("elsewhere/0009-secret.md");
        write(outside, "# 9. Secret\n");
        try {
            Files.createSymbolicLink(dir.resolve("0009-secret.md"), outside);
            Files.createSymbolicLink(dir.resolve("loop"), dir);
            Files.createSymbolicLink(dir.resolve("out"), outside.getParent());
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links not supported here").isTrue();
        }
        AdrLog log = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(base, dir));
        assertThat(log.adrs()).extracting(Adr::id).containsExactly("0001-a");
        assertThat(log.skipped()).contains("docs/adr/0009-secret.md", "docs/adr/out/");
    }

    @Test
    void brokenSymlinkIsUnreadableWithAPlainReason() throws IOException {
        Path dir = adrDir();
        try {
            Files.createSymbolicLink(dir.resolve("0002-gone.md"), dir.resolve("nowhere.md"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links not supported here").isTrue();
        }
        AdrLog log = read(base, dir);
        assertThat(log.unreadable()).containsExactly(new UnreadableFile("docs/adr/0002-gone.md",
                "cannot be read: the file vanished or is a broken symbolic link"));
    }

    @Test
    void adrDirectoryOutsideTheBaseDirectoryKeepsAbsolutePaths() throws IOException {
        Path other = Files.createDirectories(base.resolve("other"));
        write(other.resolve("0001-a.md"), "# 1. A\n");
        Path project = Files.createDirectories(base.resolve("project"));
        AdrLog log = read(project, other);
        assertThat(log.adrs().get(0).file()).isEqualTo(other.resolve("0001-a.md").toString().replace('\\', '/'));
    }
}
