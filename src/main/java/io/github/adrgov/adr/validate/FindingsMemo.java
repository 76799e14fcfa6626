package io.github.adrgov.adr.validate;

import io.github.adrgov.adr.parse.CacheFiles;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.rules.ProjectFiles;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

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
 * rewritten: it can cost a run of the rules, never a finding that is not there. Written and framed as every cache
 * file is ({@link CacheFiles}).
 */
final class FindingsMemo {

    private static final int MAGIC = 0x4144524d; // "ADRM"
    /** Layout 2: strings as length and UTF-8 bytes ({@link CacheFiles#writeString}), of any length. */
    private static final int VERSION = 2;
    private static final Severity[] SEVERITIES = Severity.values();

    private final Path file;

    private FindingsMemo(Path file) {
        this.file = file;
    }

    /** The memo of one log (named by its directory relative to the base directory) in a cache directory. */
    static FindingsMemo at(Path cacheDir, String logKey) {
        return new FindingsMemo(CacheFiles.named(cacheDir, "findings", logKey));
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
            int body = CacheFiles.framedBody(buf);
            if (body < 0) {
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(buf, 0, body));
            if (in.readInt() != MAGIC || in.readInt() != VERSION || !key.equals(CacheFiles.readString(in))) {
                return Optional.empty();
            }
            for (int i = 0, n = count(in); i < n; i++) {
                Look look = new Look(in.readChar(), CacheFiles.readString(in));
                String answer = CacheFiles.readString(in);
                if (!look.answer(ProjectFiles.DIRECT).equals(answer)) {
                    return Optional.empty(); // the project changed where the rules looked
                }
            }
            int n = count(in);
            List<Finding> findings = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String rule = CacheFiles.readString(in);
                int severity = in.readUnsignedByte();
                if (severity >= SEVERITIES.length) {
                    return Optional.empty();
                }
                String at = CacheFiles.readString(in);
                int line = in.readInt();
                findings.add(new Finding(rule, SEVERITIES[severity], at, line < 0 ? null : line,
                        CacheFiles.readString(in)));
            }
            return in.available() == 0 ? Optional.of(findings) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the memo; never throws (a memo that cannot be written only means the rules run next build). */
    void store(String key, Recording looks, List<Finding> findings) {
        try {
            CacheFiles.replaceFramed(file, out -> {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                CacheFiles.writeString(out, key);
                out.writeInt(looks.answers.size());
                for (Map.Entry<Look, String> e : looks.answers.entrySet()) {
                    out.writeChar(e.getKey().kind());
                    CacheFiles.writeString(out, e.getKey().path());
                    CacheFiles.writeString(out, e.getValue());
                }
                out.writeInt(findings.size());
                for (Finding f : findings) {
                    CacheFiles.writeString(out, f.rule());
                    out.writeByte(f.severity().ordinal());
                    CacheFiles.writeString(out, f.file());
                    out.writeInt(f.line() == null ? -1 : f.line());
                    CacheFiles.writeString(out, f.message());
                }
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

    /** One read of the project: what was asked ({@code e}xists, {@code f}ile, {@code d}irectory, {@code n}ames, {@code b}ytes) of which path. */
    record Look(char kind, String path) {

        // as a record's own, written out: a record's are linked through method handles at their first call
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Look l && kind == l.kind && java.util.Objects.equals(path, l.path);
        }

        @Override
        public int hashCode() {
            return Character.hashCode(kind) * 31 + java.util.Objects.hashCode(path);
        }

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
            return CacheFiles.sha256Hex(String.join("\n", names));
        }

        static String ofBytes(byte[] bytes) {
            return CacheFiles.sha256Hex(bytes);
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

        /** A read that may fail. */
        private interface Read<T> {
            T from(Path path) throws IOException;
        }

        /** Does the read on the file system and records its answer (or its failure) under the question. */
        private <T> T record(char kind, Path path, Read<T> read, Function<T, String> answer)
                throws IOException {
            try {
                T value = read.from(path);
                answers.putIfAbsent(new Look(kind, path.toString()), answer.apply(value));
                return value;
            } catch (IOException | RuntimeException e) {
                answers.putIfAbsent(new Look(kind, path.toString()), Look.ofError(e));
                throw e;
            }
        }

        private boolean recordYes(char kind, Path path, Predicate<Path> test) {
            boolean yes = test.test(path);
            answers.putIfAbsent(new Look(kind, path.toString()), Look.of(yes));
            return yes;
        }

        @Override
        public boolean exists(Path path) {
            return recordYes('e', path, DIRECT::exists);
        }

        @Override
        public boolean isRegularFile(Path path) {
            return recordYes('f', path, DIRECT::isRegularFile);
        }

        @Override
        public boolean isDirectory(Path path) {
            return recordYes('d', path, DIRECT::isDirectory);
        }

        @Override
        public List<String> names(Path directory) throws IOException {
            return record('n', directory, DIRECT::names, Look::ofNames);
        }

        @Override
        public byte[] bytes(Path file) throws IOException {
            return record('b', file, DIRECT::bytes, Look::ofBytes);
        }
    }
}
