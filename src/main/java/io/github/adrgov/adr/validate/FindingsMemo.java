package io.github.adrgov.adr.validate;

import io.github.adrgov.adr.parse.CacheFiles;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.rules.ProjectFiles;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The findings of the last build over one log, with what they were made of, in one file under the build directory
 * ({@code target/adr/cache/findings-*.bin}): a build whose inputs are all as they were takes the findings from here
 * and runs no rule.
 *
 * <p>The inputs are of two kinds. Those the caller can name before the rules run make the memo's key: the content of
 * every file of the log (the parse cache's hash of each file's bytes, the files skipped and unreadable), the plugin's
 * code, the configuration with the day that {@code future-date} judges by, the base directory and the citations
 * found in the sources (see {@link Validator}). The others are what the rules read of the project while they run
 * (whether a link's target exists, the names in its folder, the index file's bytes): every such read goes through
 * {@link ProjectFiles}, is recorded with its answer, and is asked again on the next build; one answer that differs
 * and the rules run again. A git baseline is never memoised (its snapshot is not an input this can re-check cheaply).
 *
 * <p>A memo that is missing, of another key, corrupt (CRC-32 over the whole file) or unreadable is ignored and
 * rewritten: it can cost a run of the rules, never a finding that is not there. Written to a temporary file that is
 * moved over the old one.
 */
final class FindingsMemo {

    private static final int MAGIC = 0x4144524d; // "ADRM"
    private static final int VERSION = 1;
    private static final Severity[] SEVERITIES = Severity.values();

    private final Path file;

    private FindingsMemo(Path file) {
        this.file = file;
    }

    /** The memo of one log (named by its directory relative to the base directory) in a cache directory. */
    static FindingsMemo at(Path cacheDir, String logKey) {
        String name = "findings-" + HexFormat.of().formatHex(sha256(logKey.getBytes(StandardCharsets.UTF_8)), 0, 8)
                + ".bin";
        return new FindingsMemo(cacheDir.toAbsolutePath().normalize().resolve(name));
    }

    /**
     * The findings of the memo when it was made under this key and every read of the project it recorded answers as
     * it did then; empty otherwise. Never throws.
     */
    Optional<List<Finding>> lookup(String key) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            byte[] buf = Files.readAllBytes(file);
            if (buf.length < 16) {
                return Optional.empty();
            }
            int body = buf.length - 8;
            CRC32 crc = new CRC32();
            crc.update(buf, 0, body);
            DataInputStream tail = new DataInputStream(new ByteArrayInputStream(buf, body, 8));
            if (tail.readLong() != crc.getValue()) {
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(buf, 0, body));
            if (in.readInt() != MAGIC || in.readInt() != VERSION || !key.equals(in.readUTF())) {
                return Optional.empty();
            }
            for (int i = 0, n = count(in); i < n; i++) {
                Look look = new Look(in.readChar(), in.readUTF());
                String answer = in.readUTF();
                if (!answer.equals(look.answer(ProjectFiles.DIRECT))) {
                    return Optional.empty(); // the project changed where the rules looked
                }
            }
            int n = count(in);
            List<Finding> findings = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String rule = in.readUTF();
                int severity = in.readUnsignedByte();
                if (severity >= SEVERITIES.length) {
                    return Optional.empty();
                }
                String at = in.readUTF();
                int line = in.readInt();
                findings.add(new Finding(rule, SEVERITIES[severity], at, line < 0 ? null : line, readLong(in)));
            }
            return in.available() == 0 ? Optional.of(findings) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the memo; never throws (a memo that cannot be written only means the rules run next build). */
    void store(String key, Recording looks, List<Finding> findings) {
        try {
            CacheFiles.replace(file, raw -> {
                CRC32 crc = new CRC32();
                DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc));
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeUTF(key);
                out.writeInt(looks.answers.size());
                for (Map.Entry<Look, String> e : looks.answers.entrySet()) {
                    out.writeChar(e.getKey().kind());
                    out.writeUTF(e.getKey().path());
                    out.writeUTF(e.getValue());
                }
                out.writeInt(findings.size());
                for (Finding f : findings) {
                    out.writeUTF(f.rule());
                    out.writeByte(f.severity().ordinal());
                    out.writeUTF(f.file());
                    out.writeInt(f.line() == null ? -1 : f.line());
                    writeLong(out, f.message());
                }
                out.flush();
                new DataOutputStream(raw).writeLong(crc.getValue());
            });
        } catch (IOException | RuntimeException e) {
            forget(); // the next build runs the rules
        }
    }

    /** Deletes the memo (a build whose findings cannot be memoised must not leave an old one that could match). */
    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a memo is only used under its key: a stale one is harmless
        }
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad count " + n);
        }
        return n;
    }

    /** A string of any length (writeUTF holds 64 KB). */
    private static void writeLong(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readLong(DataInputStream in) throws IOException {
        int n = count(in);
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** One read of the project: what was asked ({@code e}xists, {@code f}ile, {@code d}irectory, {@code n}ames, {@code b}ytes) of which path. */
    record Look(char kind, String path) {

        /** The answer the file system gives now, as text: the same question answered alike gives the same text. */
        String answer(ProjectFiles files) {
            Path p = Path.of(path);
            try {
                return switch (kind) {
                    case 'e' -> of(files.exists(p));
                    case 'f' -> of(files.isRegularFile(p));
                    case 'd' -> of(files.isDirectory(p));
                    case 'n' -> ofNames(files.names(p));
                    case 'b' -> ofBytes(files.bytes(p));
                    default -> "?" + kind;
                };
            } catch (IOException | RuntimeException e) {
                return ofError(e);
            }
        }

        static String of(boolean yes) {
            return yes ? "1" : "0";
        }

        static String ofNames(List<String> names) {
            return ofBytes(String.join("\n", names).getBytes(StandardCharsets.UTF_8));
        }

        static String ofBytes(byte[] bytes) {
            return HexFormat.of().formatHex(sha256(bytes));
        }

        static String ofError(Exception e) {
            return "!" + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /**
     * The file system, with every read recorded with its answer (a question asked twice is recorded once). Used by
     * one run of the rules, on one thread.
     */
    static final class Recording implements ProjectFiles {
        private final Map<Look, String> answers = new LinkedHashMap<>();
        private boolean unrecordable;

        private void record(char kind, Path path, String answer) {
            String text = path.toString();
            if (text.length() > 8192) {
                unrecordable = true; // beyond writeUTF's bound; never seen in a real project
                return;
            }
            answers.putIfAbsent(new Look(kind, text), answer);
        }

        /** Whether every read could be recorded (else the findings must not be memoised). */
        boolean complete() {
            return !unrecordable;
        }

        @Override
        public boolean exists(Path path) {
            boolean yes = DIRECT.exists(path);
            record('e', path, Look.of(yes));
            return yes;
        }

        @Override
        public boolean isRegularFile(Path path) {
            boolean yes = DIRECT.isRegularFile(path);
            record('f', path, Look.of(yes));
            return yes;
        }

        @Override
        public boolean isDirectory(Path path) {
            boolean yes = DIRECT.isDirectory(path);
            record('d', path, Look.of(yes));
            return yes;
        }

        @Override
        public List<String> names(Path directory) throws IOException {
            try {
                List<String> names = DIRECT.names(directory);
                record('n', directory, Look.ofNames(names));
                return names;
            } catch (IOException | RuntimeException e) {
                record('n', directory, Look.ofError(e));
                throw e;
            }
        }

        @Override
        public byte[] bytes(Path file) throws IOException {
            try {
                byte[] bytes = DIRECT.bytes(file);
                record('b', file, Look.ofBytes(bytes));
                return bytes;
            } catch (IOException | RuntimeException e) {
                record('b', file, Look.ofError(e));
                throw e;
            }
        }
    }
}
