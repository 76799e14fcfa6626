package io.github.adrgov.adr.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The index file and the block of it that the index goal owns: the text between {@link IndexRenderer#START_MARKER}
 * and {@link IndexRenderer#END_MARKER}, each on a line of its own.
 *
 * <ul>
 *   <li>No file: it is created with a heading and the marked block, {@code \n} line endings.</li>
 *   <li>A file without markers: the marked block is appended after a blank line.</li>
 *   <li>One start marker followed by one end marker: the text between them is replaced.</li>
 *   <li>Anything else (one marker alone, the end before the start, a marker twice): {@link IndexFileException},
 *       and the file is not touched.</li>
 * </ul>
 *
 * <p>Text outside the markers is kept byte for byte. The block is written with the file's dominant line ending. The
 * file is written only when its content changes, through a temporary file in the same directory moved over it.
 */
public final class IndexFile {

    /** The heading of an index file that the goal creates. */
    static final String NEW_FILE_HEADING = "# Architecture Decision Records";

    /** What {@link #update} did. */
    public enum Outcome {
        /** The file did not exist and was created. */
        CREATED,
        /** The file had no markers; the marked block was appended. */
        APPENDED,
        /** The marked block was replaced. */
        REPLACED,
        /** The file already held exactly this block; nothing was written. */
        UP_TO_DATE
    }

    /**
     * Where the markers are in a text.
     *
     * @param startLine   1-based line of the start marker
     * @param endLine     1-based line of the end marker
     * @param blockStart  offset of the first character of the start marker
     * @param innerStart  offset just after the start marker
     * @param innerEnd    offset of the first character of the end marker
     * @param blockEnd    offset just after the end marker
     */
    public record Markers(int startLine, int endLine, int blockStart, int innerStart, int innerEnd, int blockEnd) {
    }

    private IndexFile() {
    }

    /**
     * Finds the markers in a text.
     *
     * @param text the file's text
     * @param name the file as named in messages
     * @return the markers, or empty when the text holds neither marker
     * @throws IndexFileException when the markers are not exactly one start followed by one end
     */
    public static Optional<Markers> find(String text, String name) throws IndexFileException {
        List<int[]> starts = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        String fence = null;
        int lineNo = 0;
        int pos = 0;
        while (pos < text.length() || (pos == text.length() && lineNo == 0)) {
            lineNo++;
            int eol = pos;
            while (eol < text.length() && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
                eol++;
            }
            String line = text.substring(pos, eol);
            String trimmed = (line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
            boolean inFence = fence != null;
            fence = fence(line, fence);
            if (inFence || fence != null) {
                // markers shown inside a fenced code block (say, in a how-to) are not the real block
                pos = next(text, eol);
                continue;
            }
            if (trimmed.equals(IndexRenderer.START_MARKER)) {
                starts.add(new int[] {lineNo, pos + line.indexOf(IndexRenderer.START_MARKER)});
            } else if (trimmed.equals(IndexRenderer.END_MARKER)) {
                ends.add(new int[] {lineNo, pos + line.indexOf(IndexRenderer.END_MARKER)});
            }
            pos = next(text, eol);
        }
        if (starts.isEmpty() && ends.isEmpty()) {
            return Optional.empty();
        }
        String how = " Fix the markers by hand (one " + IndexRenderer.START_MARKER + " line, then one "
                + IndexRenderer.END_MARKER + " line), or remove both to have mvn adr:index append a new index block.";
        if (starts.size() > 1) {
            throw new IndexFileException(name, starts.get(1)[0], "the index start marker "
                    + IndexRenderer.START_MARKER + " appears " + starts.size() + " times (lines " + lines(starts)
                    + "), but the index block may appear only once." + how);
        }
        if (ends.size() > 1) {
            throw new IndexFileException(name, ends.get(1)[0], "the index end marker " + IndexRenderer.END_MARKER
                    + " appears " + ends.size() + " times (lines " + lines(ends)
                    + "), but the index block may appear only once." + how);
        }
        if (ends.isEmpty()) {
            throw new IndexFileException(name, starts.get(0)[0], "the index start marker "
                    + IndexRenderer.START_MARKER + " has no end marker " + IndexRenderer.END_MARKER + "." + how);
        }
        if (starts.isEmpty()) {
            throw new IndexFileException(name, ends.get(0)[0], "the index end marker " + IndexRenderer.END_MARKER
                    + " has no start marker " + IndexRenderer.START_MARKER + " before it." + how);
        }
        int[] s = starts.get(0);
        int[] e = ends.get(0);
        if (e[0] < s[0]) {
            throw new IndexFileException(name, e[0], "the index end marker " + IndexRenderer.END_MARKER
                    + " (line " + e[0] + ") comes before the start marker " + IndexRenderer.START_MARKER
                    + " (line " + s[0] + ")." + how);
        }
        return Optional.of(new Markers(s[0], e[0], s[1], s[1] + IndexRenderer.START_MARKER.length(), e[1],
                e[1] + IndexRenderer.END_MARKER.length()));
    }

    /** The offset of the next line after the line ending at {@code eol}. */
    private static int next(String text, int eol) {
        if (eol < text.length() && text.charAt(eol) == '\r' && eol + 1 < text.length() && text.charAt(eol + 1) == '\n') {
            return eol + 2;
        }
        return eol + 1;
    }

    /**
     * The fence open after this line: the opening fence ({@code ```} or {@code ~~~}, up to three spaces in) when the
     * line opens one or is inside one, null when the line closes it or is outside any. A marker on the opening or
     * closing line of a fence is inside it.
     */
    private static String fence(String line, String open) {
        String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
        int indent = 0;
        while (indent < l.length() && indent < 4 && l.charAt(indent) == ' ') {
            indent++;
        }
        if (indent > 3 || indent >= l.length() || (l.charAt(indent) != '`' && l.charAt(indent) != '~')) {
            return open;
        }
        char c = l.charAt(indent);
        int run = indent;
        while (run < l.length() && l.charAt(run) == c) {
            run++;
        }
        int len = run - indent;
        if (len < 3) {
            return open;
        }
        if (open == null) {
            return c == '`' && l.indexOf('`', run) >= 0 ? null : String.valueOf(c).repeat(len);
        }
        boolean closes = open.charAt(0) == c && len >= open.length() && l.substring(run).isBlank();
        return closes ? null : open;
    }

    private static String lines(List<int[]> found) {
        StringBuilder sb = new StringBuilder();
        for (int[] f : found) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(f[0]);
        }
        return sb.toString();
    }

    /**
     * The new text of the index file.
     *
     * @param existing the file's current text, or null when it does not exist
     * @param body     the lines between the markers, without terminators ({@link IndexRenderer#render})
     * @param name     the file as named in messages
     */
    public static String merge(String existing, List<String> body, String name) throws IndexFileException {
        if (existing == null) {
            return NEW_FILE_HEADING + "\n\n" + block(body, "\n") + "\n";
        }
        String eol = dominantLineEnding(existing);
        Optional<Markers> markers = find(existing, name);
        if (markers.isPresent()) {
            Markers m = markers.get();
            return existing.substring(0, m.blockStart()) + block(body, eol) + existing.substring(m.blockEnd());
        }
        StringBuilder sb = new StringBuilder(existing);
        if (!existing.isEmpty()) {
            if (!existing.endsWith("\n") && !existing.endsWith("\r")) {
                sb.append(eol);
            }
            if (!endsWithBlankLine(existing)) {
                sb.append(eol);
            }
        }
        sb.append(block(body, eol)).append(eol);
        return sb.toString();
    }

    /** The marked block: start marker, body lines, end marker, joined with {@code eol}, no trailing terminator. */
    public static String block(List<String> body, String eol) {
        StringBuilder sb = new StringBuilder(IndexRenderer.START_MARKER);
        for (String line : body) {
            sb.append(eol).append(line);
        }
        return sb.append(eol).append(IndexRenderer.END_MARKER).toString();
    }

    /** The text between the markers of a file with line endings as {@code \n}, for comparison. */
    public static String inner(String text, Markers m) {
        return normalizeLineEndings(text.substring(m.innerStart(), m.innerEnd()));
    }

    /** The text {@link #block} puts between the markers, with {@code \n} line endings. */
    public static String inner(List<String> body) {
        return "\n" + String.join("\n", body) + "\n";
    }

    /** {@code \r\n} and lone {@code \r} as {@code \n}. */
    public static String normalizeLineEndings(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The most frequent line ending of a text: {@code \r\n}, {@code \r} or (also on a tie, or none) {@code \n}. */
    static String dominantLineEnding(String text) {
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        if (cr > lf && cr > crlf) {
            return "\r";
        }
        return "\n";
    }

    private static boolean endsWithBlankLine(String text) {
        String t = normalizeLineEndings(text);
        return t.endsWith("\n\n") || t.equals("\n");
    }

    /**
     * The reads {@link #read(Path, String, Reads)} makes of the file system, so that a caller can route them: the rules
     * read through {@code ProjectFiles}, which records them for the findings memo.
     */
    public interface Reads {
        /** Whether the path exists (following links). */
        boolean exists(Path path);

        /** Whether the path is a regular file (following links). */
        boolean isRegularFile(Path path);

        /** The bytes of a file. */
        byte[] bytes(Path file) throws IOException;
    }

    private static final Reads FILE_SYSTEM = new Reads() {
        @Override
        public boolean exists(Path path) {
            return Files.exists(path);
        }

        @Override
        public boolean isRegularFile(Path path) {
            return Files.isRegularFile(path);
        }

        @Override
        public byte[] bytes(Path file) throws IOException {
            return Files.readAllBytes(file);
        }
    };

    /**
     * Reads a file strictly as UTF-8.
     *
     * @return the text, or empty when the file does not exist
     */
    public static Optional<String> read(Path file, String name) throws IOException, IndexFileException {
        return read(file, name, FILE_SYSTEM);
    }

    /** {@link #read(Path, String)} through the given reads of the file system. */
    public static Optional<String> read(Path file, String name, Reads reads) throws IOException, IndexFileException {
        if (!reads.exists(file)) {
            return Optional.empty();
        }
        if (!reads.isRegularFile(file)) {
            throw new IndexFileException(name, null, "the index file is not a regular file.");
        }
        return Optional.of(decode(reads.bytes(file), name));
    }

    /**
     * The text of an index file's bytes.
     *
     * @throws IndexFileException when they are not UTF-8
     */
    private static String decode(byte[] bytes, String name) throws IndexFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IndexFileException(name, null, "the index file is not valid UTF-8, so adr:index will not "
                    + "rewrite it; save it as UTF-8 and run mvn adr:index again.");
        }
    }

    /**
     * Writes the marked block into the index file: creates it, appends the block or replaces it, and writes nothing
     * when the content would not change.
     *
     * @param file the index file
     * @param name the file as named in messages (relative to the base directory)
     * @param body the lines between the markers ({@link IndexRenderer#render})
     */
    public static Outcome update(Path file, String name, List<String> body) throws IOException, IndexFileException {
        return update(file, name, body, null);
    }

    /**
     * As {@link #update(Path, String, List)}, kept inside {@code projectRoot}: an index file that is a symbolic link
     * (or lies in a linked directory) leading outside the project is refused, and so is a broken link; a link that
     * stays inside is written through, so the link stays a link.
     *
     * @param projectRoot the project base directory, or null to write wherever the file leads
     */
    public static Outcome update(Path file, String name, List<String> body, Path projectRoot)
            throws IOException, IndexFileException {
        if (projectRoot != null) {
            file = inside(file, name, projectRoot);
        }
        Optional<String> existing = read(file, name);
        String updated = merge(existing.orElse(null), body, name);
        byte[] bytes = updated.getBytes(StandardCharsets.UTF_8);
        if (existing.isPresent() && Arrays.equals(bytes, existing.get().getBytes(StandardCharsets.UTF_8))) {
            return Outcome.UP_TO_DATE;
        }
        Outcome outcome = existing.isEmpty() ? Outcome.CREATED
                : find(existing.get(), name).isPresent() ? Outcome.REPLACED : Outcome.APPENDED;
        writeAtomically(file, bytes);
        return outcome;
    }

    /** Where writing {@code file} really leads, checked to lie inside the project. */
    private static Path inside(Path file, String name, Path projectRoot) throws IOException, IndexFileException {
        Path root = projectRoot.toRealPath();
        Path abs = file.toAbsolutePath().normalize();
        Path real;
        if (Files.exists(abs)) {
            real = abs.toRealPath();
        } else if (Files.isSymbolicLink(abs)) {
            throw new IndexFileException(name, null, "the index file is a symbolic link to "
                    + Files.readSymbolicLink(abs) + ", which does not exist; adr:index does not follow it. Replace"
                    + " the link by a file, or point " + "adr.indexFile" + " at another file.");
        } else {
            Path dir = abs.getParent();
            while (dir != null && !Files.exists(dir)) {
                dir = dir.getParent();
            }
            real = dir == null ? abs : dir.toRealPath().resolve(dir.relativize(abs));
        }
        if (!real.startsWith(root)) {
            throw new IndexFileException(name, null, "the index file leads outside the project (to " + real
                    + ", through a symbolic link); adr:index writes only inside " + root + ". Replace the link by"
                    + " a file, or point adr.indexFile at a file in the project.");
        }
        return real;
    }

    /**
     * Writes bytes to a file through a temporary file in the same directory that is moved over it (atomically where
     * the file system allows it), keeping the POSIX permissions of a file that exists.
     */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = null;
        for (int attempt = 0; tmp == null; attempt++) {
            Path candidate = dir.resolve("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
            try {
                tmp = Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
        try {
            Files.write(tmp, bytes);
            copyPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
            PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
            if (source != null && dest != null && Files.exists(from)) {
                dest.setPermissions(source.readAttributes().permissions());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the file keeps the default permissions of a new file
        }
    }
}
