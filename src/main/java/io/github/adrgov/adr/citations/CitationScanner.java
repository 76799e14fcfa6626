package io.github.adrgov.adr.citations;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds citations of ADRs in source and resource files. Each file is read once as bytes; a file holding a NUL byte is
 * binary and passed over, a file larger than the limit is not read at all; a file whose bytes contain neither
 * {@code adr} (any case) nor a path marker is done after that first pass. Only then are its lines scanned, by hand,
 * without regular expressions (so nothing can backtrack). Stateless and thread-safe.
 *
 * <p>Citations recognised:
 * <ul>
 *   <li>a number form: {@code ADR}, in any case, then {@code -}, one space or nothing, then 1 to 6 digits:
 *       {@code ADR-0012}, {@code ADR 12}, {@code adr-012}, {@code ADR12}. Not when a letter, digit, {@code _} or
 *       {@code -} comes right before ({@code HADR-1}, {@code my-adr-1}) or a letter, digit or {@code _} right after
 *       ({@code ADRIAN}, {@code ADR-12b}, {@code ADR_1}), not as {@code ADR-1.2}, and not inside a URL
 *       ({@code https://jira.example.com/browse/ADR-12} names an issue, not a decision);</li>
 *   <li>a path form: a path marker (the log's directory, e.g. {@code docs/adr/}) followed by a file name, anywhere on
 *       the line, also inside a link or URL: {@code docs/adr/0012-retries.md}, {@code ../docs/adr/0012-retries.md},
 *       {@code https://github.com/o/r/blob/main/docs/adr/0012-retries.md}. The marker alone (a folder) is no
 *       citation.</li>
 * </ul>
 */
public final class CitationScanner {

    /** Files larger than this (1 MiB) are passed over: generated or data files, not code a person cites in. */
    public static final long DEFAULT_MAX_BYTES = 1L << 20;

    /** The file types read by default, by file-name extension. */
    public static final List<String> DEFAULT_FILE_TYPES = List.of(
            "java", "kt", "kts", "groovy", "scala", "clj", "js", "jsx", "mjs", "ts", "tsx", "py", "rb", "go", "rs",
            "c", "h", "cc", "cpp", "hpp", "cs", "swift", "php", "sql", "xml", "xsd", "yaml", "yml", "json",
            "properties", "conf", "toml", "ini", "sh", "bat", "ps1", "gradle", "md", "adoc", "txt", "html", "ftl",
            "vm", "proto", "graphql", "tf");

    private static final int MAX_DIGITS = 6;
    private static final int URL_LOOKBACK = 2048;

    private final Set<String> extensions;
    private final List<byte[]> markers;
    private final long maxBytes;

    /**
     * @param fileTypes extensions to read, without the dot, case-insensitive ({@code java}, {@code yml})
     * @param markers   path markers, e.g. {@code docs/adr/}; a trailing slash is added when missing
     * @param maxBytes  files larger than this are not read
     */
    public CitationScanner(List<String> fileTypes, List<String> markers, long maxBytes) {
        Set<String> ext = new LinkedHashSet<>();
        for (String t : fileTypes) {
            String s = t.trim().toLowerCase(Locale.ROOT);
            if (s.startsWith("*.")) {
                s = s.substring(2);
            } else if (s.startsWith(".")) {
                s = s.substring(1);
            }
            if (!s.isEmpty()) {
                ext.add(s);
            }
        }
        this.extensions = Set.copyOf(ext);
        List<byte[]> m = new ArrayList<>();
        for (String marker : markers) {
            String s = marker.trim().replace('\\', '/');
            while (s.startsWith("./")) {
                s = s.substring(2);
            }
            if (s.isEmpty() || s.equals("/") || s.equals(".")) {
                continue;
            }
            m.add((s.endsWith("/") ? s : s + "/").getBytes(StandardCharsets.UTF_8));
        }
        this.markers = List.copyOf(m);
        this.maxBytes = maxBytes;
    }

    /**
     * Scans every file of a scanned type under the roots (a root that does not exist is passed over; a file under
     * two roots is read once).
     *
     * @param baseDir the base directory, against which citing files are named
     * @param roots   source and resource directories
     */
    public CodeCitations scan(Path baseDir, List<Path> roots) throws IOException {
        return scan(baseDir, roots, List.of());
    }

    /**
     * As {@link #scan(Path, List)}, passing over every file under the {@code excluded} folders (the ADR log itself:
     * an ADR naming another is a reference, which {@code broken-reference} checks, not a citation in code).
     */
    public CodeCitations scan(Path baseDir, List<Path> roots, List<Path> excluded) throws IOException {
        Path base = baseDir.toAbsolutePath().normalize();
        List<Path> skip = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        TreeSet<Path> files = new TreeSet<>();
        for (Path root : roots) {
            Path r = root.toAbsolutePath().normalize();
            if (!Files.isDirectory(r) || skip.stream().anyMatch(r::startsWith)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(r)) {
                walk.filter(p -> wanted(p.getFileName() == null ? "" : p.getFileName().toString()))
                        .filter(p -> skip.stream().noneMatch(p::startsWith))
                        .filter(Files::isRegularFile)
                        .forEach(files::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        List<Path> ordered = new ArrayList<>(files);
        List<FileScan> scans;
        try {
            scans = ordered.parallelStream().map(p -> scanFile(base, p)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Citation> all = new ArrayList<>();
        int read = 0;
        int skipped = 0;
        long bytes = 0;
        for (FileScan s : scans) {
            if (s.skipped) {
                skipped++;
            } else {
                read++;
                bytes += s.bytes;
                all.addAll(s.citations);
            }
        }
        return new CodeCitations(all, read, bytes, skipped, true);
    }

    private record FileScan(List<Citation> citations, long bytes, boolean skipped) {
    }

    private FileScan scanFile(Path base, Path file) {
        try {
            if (Files.size(file) > maxBytes) {
                return new FileScan(List.of(), 0, true);
            }
            byte[] content = Files.readAllBytes(file);
            if (isBinary(content)) {
                return new FileScan(List.of(), 0, true);
            }
            return new FileScan(scanText(shown(base, file), content), content.length, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean wanted(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String shown(Path base, Path file) {
        return file.startsWith(base) ? base.relativize(file).toString().replace(File.separatorChar, '/')
                : file.toString().replace(File.separatorChar, '/');
    }

    /** Whether the content holds a NUL byte, which no text file does. */
    static boolean isBinary(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** The citations in one file's content (not checked for being binary), in order. */
    public List<Citation> scanText(String file, byte[] b) {
        if (!mayCite(b)) {
            return List.of();
        }
        List<Citation> out = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int n = b.length;
        int i = 0;
        while (i < n) {
            byte c = b[i];
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                i++;
                continue;
            }
            int end = pathAt(b, i, lineStart);
            if (end > 0) {
                addPath(out, file, line, b, i, end);
                i = end;
                continue;
            }
            end = numberAt(b, i, lineStart);
            if (end > 0) {
                String text = new String(b, i, end - i, StandardCharsets.US_ASCII);
                out.add(new Citation(file, line, text, number(b, i + 3, end), null));
                i = end;
                continue;
            }
            i++;
        }
        return dropEchoes(out);
    }

    /**
     * Drops a number citation that only repeats a path citation on the same line, as in
     * {@code [ADR-0012](docs/adr/0012-retries.md)}: one citation, not two.
     */
    private static List<Citation> dropEchoes(List<Citation> found) {
        if (found.size() < 2) {
            return found;
        }
        List<Citation> out = new ArrayList<>(found.size());
        for (Citation c : found) {
            boolean echo = false;
            if (c.number() != null) {
                for (Citation p : found) {
                    if (p.fileName() != null && p.line() == c.line()
                            && c.number().equals(leadingNumber(p.fileName()))) {
                        echo = true;
                        break;
                    }
                }
            }
            if (!echo) {
                out.add(c);
            }
        }
        return out;
    }

    /** The number a file name starts with ({@code 0012-x.md}, {@code adr-012-x.md}), or null. */
    static Integer leadingNumber(String name) {
        int k = 0;
        if (name.length() > 4 && name.regionMatches(true, 0, "adr", 0, 3)
                && (name.charAt(3) == '-' || name.charAt(3) == '_')) {
            k = 4;
        }
        int v = 0;
        int digits = 0;
        while (k < name.length() && Character.isDigit(name.charAt(k)) && name.charAt(k) < 128 && digits < 9) {
            v = v * 10 + (name.charAt(k) - '0');
            k++;
            digits++;
        }
        return digits == 0 ? null : v;
    }

    /** The cheap pre-filter: {@code adr} in any case, or a path marker, somewhere in the bytes. */
    private boolean mayCite(byte[] b) {
        for (int i = 0; i + 2 < b.length; i++) {
            if ((b[i] | 0x20) == 'a' && (b[i + 1] | 0x20) == 'd' && (b[i + 2] | 0x20) == 'r') {
                return true;
            }
        }
        for (byte[] m : markers) {
            if (indexOf(b, m) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] b, byte[] m) {
        outer:
        for (int i = 0; i + m.length <= b.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (b[i + j] != m[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The end of a path citation starting at {@code i}, or -1. */
    private int pathAt(byte[] b, int i, int lineStart) {
        for (byte[] m : markers) {
            if (b[i] != m[0] || i + m.length > b.length) {
                continue;
            }
            boolean match = true;
            for (int j = 1; j < m.length; j++) {
                if (b[i + j] != m[j]) {
                    match = false;
                    break;
                }
            }
            if (!match || (i > lineStart && isWordOrDash(b[i - 1]))) {
                continue;
            }
            int end = i + m.length;
            while (end < b.length && isNameByte(b[end])) {
                end++;
            }
            while (end > i + m.length && b[end - 1] == '.') {
                end--; // "see docs/adr/0001-x.md." ends the sentence, not the name
            }
            if (b[end - 1] == '/') {
                continue; // a folder, not a file
            }
            if (end > i + m.length) {
                return end;
            }
        }
        return -1;
    }

    private void addPath(List<Citation> out, String file, int line, byte[] b, int start, int end) {
        String text = new String(b, start, end - start, StandardCharsets.UTF_8);
        String name = text.substring(text.lastIndexOf('/') + 1);
        out.add(new Citation(file, line, text, null, name));
    }

    /** The end of a number citation starting at {@code i}, or -1. */
    private static int numberAt(byte[] b, int i, int lineStart) {
        int n = b.length;
        if (i + 3 >= n || (b[i] | 0x20) != 'a' || (b[i + 1] | 0x20) != 'd' || (b[i + 2] | 0x20) != 'r') {
            return -1;
        }
        if (i > lineStart && isWordOrDash(b[i - 1])) {
            return -1;
        }
        int j = i + 3;
        if (b[j] == '-' || b[j] == ' ') {
            j++;
        }
        int digits = 0;
        while (j < n && b[j] >= '0' && b[j] <= '9') {
            j++;
            digits++;
            if (digits > MAX_DIGITS) {
                return -1;
            }
        }
        if (digits == 0) {
            return -1;
        }
        if (j < n && isWord(b[j])) {
            return -1; // ADR-12b, ADR12Config: part of an identifier
        }
        if (j + 1 < n && b[j] == '.' && b[j + 1] >= '0' && b[j + 1] <= '9') {
            return -1; // ADR-1.2: a version, not a decision
        }
        if (inUrl(b, i, lineStart)) {
            return -1;
        }
        return j;
    }

    /** Whether the token holding position {@code i} is a URL: a {@code ://} between its start and {@code i}. */
    private static boolean inUrl(byte[] b, int i, int lineStart) {
        int stop = Math.max(lineStart, i - URL_LOOKBACK);
        for (int k = i - 1; k >= stop; k--) {
            byte c = b[k];
            if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '(' || c == ')'
                    || c == '`' || c == '[' || c == ']' || c == '\r') {
                return false;
            }
            if (c == '/' && k >= 2 && b[k - 1] == '/' && b[k - 2] == ':') {
                return true;
            }
        }
        return false;
    }

    private static int number(byte[] b, int from, int end) {
        int v = 0;
        for (int k = from; k < end; k++) {
            if (b[k] >= '0' && b[k] <= '9') {
                v = v * 10 + (b[k] - '0');
            }
        }
        return v;
    }

    /** Letters, digits, {@code _} and any byte of a non-ASCII character. */
    private static boolean isWord(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c < 0;
    }

    private static boolean isWordOrDash(byte c) {
        return isWord(c) || c == '-';
    }

    /** Bytes of a file name or sub-folder path: word bytes, dot, dash, slash. */
    private static boolean isNameByte(byte c) {
        return isWord(c) || c == '.' || c == '-' || c == '/';
    }
}
