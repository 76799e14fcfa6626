package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.LineSource;
import io.github.adrgov.adr.model.UnreadableFile;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The parse cache: the model of every file of one ADR log from the last run, in one file under the build directory
 * (by default {@code target/adr/cache/}), so that a second build over an unchanged log does not parse again.
 *
 * <p>Each entry holds the model of one file and, when the reader was given {@link FileWork} (the checks of one file,
 * see {@code Validator}), that work's result: a build over an unchanged file reads and hashes its bytes, and takes
 * both from here, with no decoding, no Markdown or YAML parse and no per-file check. An entry is used only when the
 * file's path, id and SHA-256 of its bytes match, or, without reading the file, when its size and modification time
 * are those it had when its bytes were hashed and that hash was taken more than 3 s after that time (see
 * {@link #SETTLED_NANOS}: a later write changes the time); and the whole cache was written by the same plugin code with the
 * same status vocabulary ({@link CacheFingerprint}); a work result only when the work's fingerprint (the
 * configuration) matches too. A cache that is missing, corrupt
 * (CRC-32 over the whole file), truncated, of another version or unreadable is ignored and rewritten: it can cost a
 * parse, never a crash or a wrong model. The file is rewritten only when something changed, to a temporary file that
 * is then moved over the old one, so a concurrent reader sees the old or the new cache, never half of one.
 *
 * <p>One file for the whole log rather than one per ADR: loading one 40 MB file is one read, while 10,000 small files
 * cost 10,000 opens on every build.
 *
 * <p>Thread-safe: {@link #read} is called from the parallel parse.
 */
public final class ParseCache {

    private static final int MAGIC = 0x41445243; // "ADRC"
    private static final int HASH_BYTES = 32;

    private final Path file;
    private final String fingerprint;
    private final String workFingerprint;
    private final Map<String, Entry> loaded;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger bySizeAndTime = new AtomicInteger();
    private final AtomicInteger restamped = new AtomicInteger();
    private final boolean loadedClean;

    /**
     * An entry: id, content hash, the encoded model (in {@code buf} from {@code off}), the work's result, and the
     * file's size and modification time (nanoseconds) when its bytes were last hashed, at {@code hashedAt} (wall
     * clock, nanoseconds since 1970).
     */
    private record Entry(String id, byte[] hash, byte[] buf, int off, int len, byte[] work, long size, long mtime,
            long hashedAt) {

        Entry withWork(byte[] w) {
            return new Entry(id, hash, buf, off, len, w, size, mtime, hashedAt);
        }
    }

    /**
     * How long after a file's modification time its hash must have been taken for the size and time alone to vouch
     * for its bytes: a file written twice within one tick of the file system's clock (2 s on FAT) keeps its time, so
     * a hash taken in that tick may be of the first write.
     */
    static final long SETTLED_NANOS = 3_000_000_000L;

    /** What {@link #read} gives: an {@link Adr} or an {@link UnreadableFile}, and the work's result or null. */
    record Item(Object value, byte[] work) {
    }

    private ParseCache(Path file, String fingerprint, String workFingerprint, Map<String, Entry> loaded,
            boolean clean) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.workFingerprint = workFingerprint;
        this.loaded = loaded;
        this.loadedClean = clean;
    }

    /** Opens the cache of one log for a reader without {@link FileWork}; see {@link #open(Path, String, StatusVocabulary, String)}. */
    public static ParseCache open(Path cacheDir, String logKey, StatusVocabulary statuses) {
        return open(cacheDir, logKey, statuses, null);
    }

    /**
     * Opens (loads) the cache of one log. Never throws: a cache that cannot be loaded starts empty.
     *
     * @param cacheDir  the cache directory, e.g. {@code target/adr/cache}
     * @param logKey    what names the log, e.g. its directory relative to the base directory
     * @param statuses  the status vocabulary the parser classifies with
     * @param workFingerprint the {@link FileWork#fingerprint()} of the work this reader does on each file, or null
     *                  when it does none (then the work results in the cache are kept as they are)
     * @return the cache, or null when caching is impossible here (the plugin's code cannot be fingerprinted)
     */
    public static ParseCache open(Path cacheDir, String logKey, StatusVocabulary statuses, String workFingerprint) {
        String fp = CacheFingerprint.of(statuses, cacheDir);
        if (fp == null) {
            return null;
        }
        Path file = CacheFiles.named(cacheDir, "parse", logKey);
        Map<String, Entry> entries = new HashMap<>();
        boolean clean = false;
        String[] storedWork = {null};
        try {
            if (Files.isRegularFile(file)) {
                byte[] buf = Files.readAllBytes(file);
                clean = load(buf, fp, entries, storedWork);
            }
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            clean = false;
        }
        if (!clean) {
            entries.clear();
        }
        String work = workFingerprint;
        if (work == null) {
            work = storedWork[0];
        } else if (!work.equals(storedWork[0]) && !entries.isEmpty()) {
            // another configuration: the models still hold, the results of the work do not
            entries.replaceAll((k, e) -> e.withWork(null));
            clean = false;
        }
        return new ParseCache(file, fp, work, entries, clean);
    }

    /** The cache file. */
    public Path file() {
        return file;
    }

    /** What the entries were made by: the plugin's code and the status vocabulary (see {@link CacheFingerprint}). */
    String fingerprint() {
        return fingerprint;
    }

    /** The SHA-256 of the bytes of the file of this run's entry, or null when it has none. */
    byte[] hashOf(String file) {
        Entry e = current.get(file);
        return e == null ? null : e.hash();
    }

    /** The number of valid entries loaded from the cache file. */
    int loadedEntries() {
        return loaded.size();
    }

    /** Files whose model came from the cache so far. */
    public int hits() {
        return hits.get();
    }

    /** Files taken from the cache on their size and modification time alone, without reading them. */
    int bySizeAndTime() {
        return bySizeAndTime.get();
    }

    /** Files parsed because the cache had no valid entry for them. */
    public int misses() {
        return misses.get();
    }

    /**
     * Reads one file through the cache: the cached model (and work result) when its bytes are unchanged, else a fresh
     * parse (and the work done on it) that is remembered. The ADR returned does not keep its text: its lines come
     * from {@code lines}.
     *
     * @param work the work to do on a freshly parsed ADR, or null
     * @return the item, or null when the file cannot be read here (the caller then reads it the uncached way, which
     *         says why)
     */
    Item read(String file, String id, Path path, AdrParser parser, FileWork work, LineSource lines) {
        return read(file, id, path, null, parser, work, lines, new ReadBuffers());
    }

    /**
     * {@link #read(String, String, Path, AdrParser, FileWork, LineSource)} with the attributes the directory listing
     * gave for the file (or null to read them here): taken before its bytes, as this needs; its bytes are read into
     * one of {@code buffers}.
     */
    Item read(String file, String id, Path path, BasicFileAttributes listed, AdrParser parser, FileWork work,
            LineSource lines, ReadBuffers buffers) {
        ReadBuffers.Bytes bytes;
        long size;
        long mtime;
        long now = wallClockNanos();
        Entry e = loaded.get(file);
        try {
            // the size and time before the bytes: a write between the two then shows as another time next build
            BasicFileAttributes attrs = listed != null ? listed : Files.readAttributes(path, BasicFileAttributes.class);
            size = attrs.size();
            mtime = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            if (size > FileDecoder.MAX_BYTES) {
                return null;
            }
            if (e != null && e.id().equals(id) && (work == null || e.work() != null) && e.size() == size
                    && e.mtime() == mtime && mtime < e.hashedAt() - SETTLED_NANOS) {
                // the file has the size and time it had when its bytes were hashed, well after it was written
                Item cached = decoded(e, file, id, lines);
                if (cached != null) {
                    bySizeAndTime.incrementAndGet();
                    return cached;
                }
            }
            bytes = buffers.read(path, size);
            if (bytes == null) {
                return null; // it grew past the limit since it was listed
            }
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
        try {
            return read(e, file, id, parser, work, lines, bytes, size, mtime, now);
        } finally {
            buffers.release(bytes);
        }
    }

    private Item read(Entry e, String file, String id, AdrParser parser, FileWork work, LineSource lines,
            ReadBuffers.Bytes bytes, long size, long mtime, long now) {
        MessageDigest sha = CacheFiles.sha256();
        sha.update(bytes.buf(), 0, bytes.length());
        byte[] hash = sha.digest();
        if (e != null && e.id().equals(id) && Arrays.equals(e.hash(), hash) && (work == null || e.work() != null)) {
            // the bytes are those that decoded and parsed to this entry: no need to decode them again
            Item cached = decoded(e, file, id, lines);
            if (cached != null) {
                boolean settledNow = now > mtime + SETTLED_NANOS && e.hashedAt() <= mtime + SETTLED_NANOS;
                if (e.size() != size || e.mtime() != mtime || settledNow) {
                    // remember the size and time these bytes have now (the file was touched, or is old enough now
                    // for its time to vouch for them next build)
                    current.put(file, new Entry(e.id(), e.hash(), e.buf(), e.off(), e.len(), e.work(), size, mtime,
                            now));
                    restamped.incrementAndGet();
                }
                return cached;
            }
        }
        FileDecoder.Decoded d = FileDecoder.decode(bytes.buf(), bytes.length());
        if (d.problem() != null) {
            return new Item(new UnreadableFile(file, d.problem()), null);
        }
        Adr adr = parser.parse(file, id, d.source());
        byte[] result = work == null ? null : work.apply(adr);
        byte[] payload = CacheCodec.encode(adr);
        current.put(file, new Entry(id, hash, payload, 0, payload.length, result, size, mtime, now));
        misses.incrementAndGet();
        return new Item(adr.withLinesFrom(lines), result);
    }

    /** The entry's model, now the entry of this run; null when its bytes do not decode. */
    private Item decoded(Entry e, String file, String id, LineSource lines) {
        try {
            Adr adr = CacheCodec.decode(e.buf(), e.off(), e.len(), file, id, lines);
            current.put(file, e);
            hits.incrementAndGet();
            return new Item(adr, e.work());
        } catch (IOException bad) {
            return null; // parse afresh and replace the entry
        }
    }

    static long wallClockNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /**
     * Writes the cache when this run changed it (a file parsed, a file gone, another configuration). Never throws: a
     * cache that cannot be written only means the next build parses again.
     *
     * @return whether the file was written
     */
    boolean save() {
        if (loadedClean && misses.get() == 0 && restamped.get() == 0 && current.keySet().equals(loaded.keySet())) {
            return false;
        }
        try {
            CacheFiles.replaceFramed(file, this::serialize);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Streams the cache's body (the frame adds the CRC-32): never a copy of the whole cache in memory. */
    private void serialize(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(CacheCodec.VERSION);
        CacheFiles.writeString(out, fingerprint);
        CacheFiles.writeString(out, workFingerprint);
        Map<String, Entry> sorted = new TreeMap<>(current);
        out.writeInt(sorted.size());
        for (Map.Entry<String, Entry> me : sorted.entrySet()) {
            Entry e = me.getValue();
            CacheFiles.writeString(out, me.getKey());
            CacheFiles.writeString(out, e.id());
            out.write(e.hash());
            out.writeLong(e.size());
            out.writeLong(e.mtime());
            out.writeLong(e.hashedAt());
            out.writeInt(e.len());
            out.write(e.buf(), e.off(), e.len());
            out.writeInt(e.work() == null ? -1 : e.work().length);
            if (e.work() != null) {
                out.write(e.work());
            }
        }
    }

    /** Reads the index of a cache file into {@code entries}; false when the file is not a valid cache for us. */
    private static boolean load(byte[] buf, String fingerprint, Map<String, Entry> entries, String[] workFingerprint)
            throws IOException {
        int bodyLength = CacheFiles.framedBody(buf);
        if (bodyLength < 0) {
            return false;
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(buf, 0, bodyLength));
        if (in.readInt() != MAGIC || in.readInt() != CacheCodec.VERSION
                || !fingerprint.equals(CacheFiles.readString(in))) {
            return false;
        }
        workFingerprint[0] = CacheFiles.readString(in);
        int n = in.readInt();
        if (n < 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            String file = CacheFiles.readString(in);
            String id = CacheFiles.readString(in);
            if (file == null || id == null) {
                return false;
            }
            byte[] hash = new byte[HASH_BYTES];
            in.readFully(hash);
            long size = in.readLong();
            long mtime = in.readLong();
            long hashedAt = in.readLong();
            int len = in.readInt();
            int off = bodyLength - in.available();
            if (len < 0 || len > in.available()) {
                return false;
            }
            in.skipNBytes(len);
            int workLen = in.readInt();
            byte[] work = null;
            if (workLen >= 0) {
                if (workLen > in.available()) {
                    return false;
                }
                work = new byte[workLen];
                in.readFully(work);
            } else if (workLen != -1) {
                return false;
            }
            entries.put(file, new Entry(id, hash, buf, off, len, work, size, mtime, hashedAt));
        }
        return in.available() == 0;
    }
}
