package io.github.adrgov.adr.output;

import io.github.adrgov.adr.parse.CacheFiles;
import io.github.adrgov.adr.result.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whether the reports of the last build ({@code validation.json}, SARIF, JUnit XML, {@code adrs.json}) are still what
 * this build would write, so that an unchanged log does not render them again: a small stamp file beside them holds
 * the key of what they were made from and each report's size and modification time as written. The key is made by
 * the caller from everything the reports are a function of (the log's input digest, every finding, the citations
 * and the writers' settings, see {@link #key}); a report that was deleted, edited or touched since has another size
 * or time and all are written again.
 *
 * <p>Never throws: a stamp that cannot be read or written only means the reports are written.
 */
public final class OutputStamps {

    private static final String HEADER = "adr-output-stamps 1";

    private final Path stampFile;

    /** The stamps kept in this file (e.g. {@code target/adr/cache/outputs.txt}). */
    public OutputStamps(Path stampFile) {
        this.stampFile = stampFile;
    }

    /**
     * The key of a set of reports: a digest of the parts given (each on its own line) and of every finding.
     *
     * @return the key, or null when a part is null (then the reports are always written)
     */
    public static String key(List<Finding> findings, String... parts) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (String p : parts) {
            if (p == null) {
                return null;
            }
            sb.append(p.replace("\n", "\\n")).append('\n');
        }
        MessageDigest md = CacheFiles.sha256();
        md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        for (Finding f : findings) {
            md.update((f.rule() + '\u0000' + f.severity() + '\u0000' + f.file() + '\u0000' + f.line() + '\u0000'
                    + f.message() + '\u0001').getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Whether every report was written under this key and is as it was written (same size and time). */
    public boolean upToDate(String key, List<Path> reports) {
        if (key == null) {
            return false;
        }
        try {
            if (!Files.isRegularFile(stampFile)) {
                return false;
            }
            List<String> lines = Files.readAllLines(stampFile, StandardCharsets.UTF_8);
            List<String> expected = stamps(key, reports);
            return expected != null && lines.equals(expected);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Records the reports just written under this key; with a null key, forgets any stamp. */
    public void record(String key, List<Path> reports) {
        try {
            List<String> lines = key == null ? null : stamps(key, reports);
            if (lines == null) {
                Files.deleteIfExists(stampFile);
                return;
            }
            CacheFiles.replace(stampFile, out -> out.write((String.join("\n", lines) + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            // the reports are written again next build
        }
    }

    /** The stamp lines for these reports as they are on disk now; null when one is missing. */
    private static List<String> stamps(String key, List<Path> reports) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add(key);
        for (Path p : reports) {
            if (!Files.isRegularFile(p)) {
                return null;
            }
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            lines.add(p.toAbsolutePath().normalize() + "\t" + a.size() + "\t"
                    + a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        }
        return lines;
    }
}
