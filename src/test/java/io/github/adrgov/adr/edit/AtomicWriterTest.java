package io.github.adrgov.adr.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {

    @TempDir
    Path tmp;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static long files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void replacesAFileWholeAndLeavesNoTemporaryFile() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("p"));
        Path adr = Files.createDirectories(project.resolve("docs/adr")).resolve("0001-x.md");
        Files.write(adr, b("old\n"));
        Files.setPosixFilePermissions(adr, PosixFilePermissions.fromString("rw-rw-r--"));
        new AtomicWriter(project).write(adr, b("new\r\n"));
        assertThat(Files.readAllBytes(adr)).isEqualTo(b("new\r\n"));
        assertThat(files(adr.getParent())).isEqualTo(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(adr))).isEqualTo("rw-rw-r--");
    }

    @Test
    void createRefusesAnExistingFileAndCreatesFolders() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("p"));
        Path adr = project.resolve("docs/adr/0001-x.md");
        AtomicWriter w = new AtomicWriter(project);
        w.create(adr, b("one\n"));
        assertThat(Files.readAllBytes(adr)).isEqualTo(b("one\n"));
        assertThatThrownBy(() -> w.create(adr, b("two\n"))).isInstanceOf(EditException.class)
                .hasMessage("docs/adr/0001-x.md: already exists; nothing was written");
        assertThat(Files.readAllBytes(adr)).isEqualTo(b("one\n"));
        assertThat(files(adr.getParent())).isEqualTo(1);
    }

    @Test
    void refusesToWriteOutsideTheProject() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("p"));
        Path outside = tmp.resolve("outside.md");
        assertThatThrownBy(() -> new AtomicWriter(project).write(project.resolve("../outside.md"), b("x")))
                .isInstanceOf(EditException.class).hasMessageContaining("is outside the project directory");
        assertThat(outside).doesNotExist();
    }

    @Test
    void refusesASymbolicLinkThatLeadsOutsideAndFollowsOneInside() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("p"));
        Path dir = Files.createDirectories(project.resolve("docs/adr"));
        Path secret = Files.write(tmp.resolve("secret.txt"), b("keep\n"));
        Path evil = Files.createSymbolicLink(dir.resolve("0001-evil.md"), secret);
        AtomicWriter w = new AtomicWriter(project);
        assertThatThrownBy(() -> w.write(evil, b("x"))).isInstanceOf(EditException.class)
                .hasMessage("docs/adr/0001-evil.md: is a symbolic link that leads outside the project; nothing was written");
        assertThat(Files.readAllBytes(secret)).isEqualTo(b("keep\n"));

        Path real = Files.write(project.resolve("real.md"), b("old\n"));
        Path link = Files.createSymbolicLink(dir.resolve("0002-link.md"), real);
        w.write(link, b("new\n"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(real)).isEqualTo(b("new\n"));
    }

    @Test
    void refusesAFolderLinkedOutsideTheProject() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("p"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(project.resolve("docs"));
        Files.createSymbolicLink(project.resolve("docs/adr"), elsewhere);
        assertThatThrownBy(() -> new AtomicWriter(project).create(project.resolve("docs/adr/0001-x.md"), b("x")))
                .isInstanceOf(EditException.class)
                .hasMessageContaining("docs/adr/0001-x.md: its folder is reached through a symbolic link");
        assertThat(files(elsewhere)).isZero();
    }

    @Test
    void aChangeSetThatFailsHalfWayPutsBackWhatItWrote() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("p"));
        Path dir = Files.createDirectories(project.resolve("docs/adr"));
        Path a = Files.write(dir.resolve("0001-a.md"), b("a\n"));
        Path secret = Files.write(tmp.resolve("secret.txt"), b("s\n"));
        Path evil = Files.createSymbolicLink(dir.resolve("0002-evil.md"), secret);
        ChangeSet set = new ChangeSet()
                .add(new FileChange(dir.resolve("0003-new.md"), "docs/adr/0003-new.md", null,
                        LineText.ofLines(java.util.List.of("# New"), "\n", true)))
                .add(new FileChange(a, "docs/adr/0001-a.md", LineText.read(a), LineText.ofLines(
                        java.util.List.of("A"), "\n", true)))
                .add(new FileChange(evil, "docs/adr/0002-evil.md", LineText.read(evil), LineText.ofLines(
                        java.util.List.of("x"), "\n", true)));
        assertThatThrownBy(() -> set.writeAll(new AtomicWriter(project))).isInstanceOf(EditException.class)
                .hasMessageContaining("0002-evil.md: is a symbolic link that leads outside the project");
        assertThat(Files.readAllBytes(a)).isEqualTo(b("a\n"));
        assertThat(dir.resolve("0003-new.md")).doesNotExist();
        assertThat(Files.readAllBytes(secret)).isEqualTo(b("s\n"));
    }
}
