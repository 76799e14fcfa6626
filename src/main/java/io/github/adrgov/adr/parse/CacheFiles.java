package io.github.adrgov.adr.parse;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The files of the build's caches under {@code target/adr/cache} (the parse cache, the findings memo, the reports'
 * stamps, the plugin's code hash): how one is named for a log, how it is replaced so that a concurrent reader sees
 * the old file or the new one and never a part, how a binary one is framed (CRC-32 of the body last, so a damaged or
 * cut file is recognised and ignored), and the strings and digests they are written with.
 *
 * <p>A replacement goes to a temporary file beside the target, which is then moved over it (atomically where the
 * file system can). It is not forced to disk: a cache lost in a crash costs one build a parse, and {@code fsync} on
 * every build would not be free. User files are written by {@code io.github.adrgov.adr.edit.AtomicWriter}, which is.
 */
public final class CacheFiles {

    /** What writes the new content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What writes the body of a framed file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private CacheFiles() {
    }

    /** The cache file of one log: {@code <prefix>-<16 hex digits of the key's SHA-256>.bin} in {@code cacheDir}. */
    public static Path named(Path cacheDir, String prefix, String logKey) {
        String hash = HexFormat.of().formatHex(sha256().digest(logKey.getBytes(StandardCharsets.UTF_8)), 0, 8);
        return cacheDir.toAbsolutePath().normalize().resolve(prefix + "-" + hash + ".bin");
    }

    /** Writes {@code content} to a temporary file beside {@code target} and moves it over {@code target}. */
    public static void replace(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@link #replace} with the body framed: the CRC-32 of the body's bytes follows it (8 bytes). */
    public static void replaceFramed(Path target, Body body) throws IOException {
        replace(target, raw -> {
            CRC32 crc = new CRC32();
            DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc));
            body.writeTo(out);
            out.flush();
            new DataOutputStream(raw).writeLong(crc.getValue());
        });
    }

    /**
     * The length of the body of a framed file's bytes ({@link #replaceFramed}), or -1 when they are too short or
     * their CRC-32 does not match (a damaged or cut file).
     */
    public static int framedBody(byte[] buf) {
        if (buf.length < 16) {
            return -1;
        }
        int body = buf.length - 8;
        CRC32 crc = new CRC32();
        crc.update(buf, 0, body);
        try {
            long stored = new DataInputStream(new ByteArrayInputStream(buf, body, 8)).readLong();
            return stored == crc.getValue() ? body : -1;
        } catch (IOException cannotHappen) {
            return -1;
        }
    }

    /** Writes a string as its UTF-8 length and bytes; null as length -1. */
    public static void writeString(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Reads what {@link #writeString} wrote. */
    public static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > in.available()) {
            throw new EOFException("bad string length " + n);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The SHA-256 of bytes, in lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** The SHA-256 of a text's UTF-8 bytes, in lower-case hex: the form of every key of the caches. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
