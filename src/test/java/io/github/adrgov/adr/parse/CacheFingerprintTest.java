package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin jar's hash: from its central directory (a change to a class changes it), remembered in the cache
 * directory with the jar's size and time, and taken from there only while the jar is as it was, well after it was
 * written.
 */
class CacheFingerprintTest {

    private static final String FAKE = "f".repeat(64);

    @TempDir
    Path dir;

    private Path jar(String classBytes, Instant time) throws IOException {
        Path jar = dir.resolve("plugin.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("io/github/adrgov/adr/X.class"));
            zip.write(classBytes.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/maven/lib/pom.properties"));
            zip.write("version=1".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.setLastModifiedTime(jar, FileTime.from(time));
        return jar;
    }

    private Path memo() {
        return dir.resolve("cache/plugin-code.txt");
    }

    private void fakeTheMemo() throws IOException {
        List<String> lines = Files.readAllLines(memo());
        Files.write(memo(), List.of(lines.get(0), lines.get(1), FAKE));
    }

    @Test
    void anotherClassIsAnotherHash() throws IOException {
        String a = CacheFingerprint.jarHash(jar("class A", Instant.now().minusSeconds(3600)), null);
        String b = CacheFingerprint.jarHash(jar("class B", Instant.now().minusSeconds(3600)), null);
        assertThat(a).matches("[0-9a-f]{64}").isNotEqualTo(b);
    }

    @Test
    void anUnchangedJarIsTakenFromTheMemo() throws IOException {
        Path jar = jar("class A", Instant.now().minusSeconds(3600));
        String real = CacheFingerprint.jarHash(jar, dir.resolve("cache"));
        assertThat(memo()).exists();
        fakeTheMemo();

        assertThat(CacheFingerprint.jarHash(jar, dir.resolve("cache"))).as("read from the memo").isEqualTo(FAKE);

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(1800)));
        assertThat(CacheFingerprint.jarHash(jar, dir.resolve("cache"))).as("a touched jar is hashed again")
                .isEqualTo(real);
    }

    @Test
    void aJarWrittenJustBeforeItWasHashedIsHashedAgain() throws IOException {
        Path jar = jar("class A", Instant.now());
        String real = CacheFingerprint.jarHash(jar, dir.resolve("cache"));
        fakeTheMemo();

        assertThat(CacheFingerprint.jarHash(jar, dir.resolve("cache"))).isEqualTo(real);
    }

    @Test
    void aDamagedMemoIsIgnored() throws IOException {
        Path jar = jar("class A", Instant.now().minusSeconds(3600));
        String real = CacheFingerprint.jarHash(jar, dir.resolve("cache"));
        Files.writeString(memo(), "not a memo");

        assertThat(CacheFingerprint.jarHash(jar, dir.resolve("cache"))).isEqualTo(real);
    }
}
