package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.UnreadableFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names that are unusual on purpose: a backslash, and non-ASCII names read without a UTF-8 locale. */
class FileNameTest {

    @TempDir
    Path base;

    @Test
    void aBackslashInAFileNameIsPartOfTheName() throws IOException {
        Path dir = Files.createDirectories(base.resolve("docs/adr"));
        Files.writeString(dir.resolve("0001-a\\b.md"), "# 1. Back slash\n", StandardCharsets.UTF_8);
        AdrLog log = new LogReader(ReadOptions.defaults()).read(base, dir);
        assertThat(log.unreadable()).isEmpty();
        assertThat(log.adrs()).extracting(Adr::file, Adr::title)
                .containsExactly(org.assertj.core.api.Assertions.tuple("docs/adr/0001-a\\b.md", "Back slash"));
    }

    /**
     * A JVM started with {@code LC_ALL=C} (as in many CI containers) decodes file names as ASCII, so a UTF-8 name cannot
     * be turned back into a path from its text. The reader keeps the listed paths and reads the file like any other.
     */
    @Test
    void nonAsciiFileNamesAreReadWithoutAUtf8Locale() throws Exception {
        Path dir = Files.createDirectories(base.resolve("docs/adr"));
        Files.writeString(dir.resolve("0001-plain.md"), "# 1. Plain\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("0002-\u00fcber-caf\u00e9.md"), "# 2. \u00dcber\n", StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), base.toString());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        env.put("LC_ALL", "C");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).isEqualTo("encoding ANSI_X3.4-1968");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).isEqualTo("adr docs/adr/0001-plain.md Plain");
        assertThat(lines.get(2)).startsWith("adr docs/adr/0002-").endsWith(".md \\u00dcber");
    }

    /** Reads the log under {@code <base>/docs/adr} and prints it, non-ASCII as {@code \\uXXXX}. */
    public static final class Launcher {
        public static void main(String[] args) throws IOException {
            Path base = Path.of(args[0]);
            AdrLog log = new LogReader(ReadOptions.defaults()).read(base, base.resolve("docs/adr"));
            List<String> out = new ArrayList<>();
            out.add("encoding " + System.getProperty("sun.jnu.encoding"));
            for (Adr a : log.adrs()) {
                out.add("adr " + a.file() + " " + a.title());
            }
            for (UnreadableFile u : log.unreadable()) {
                out.add("unreadable " + u.file() + " " + u.problem());
            }
            for (String l : out) {
                StringBuilder sb = new StringBuilder();
                l.chars().forEach(c -> sb.append(c < 128 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
                System.out.println(sb);
            }
        }
    }
}
