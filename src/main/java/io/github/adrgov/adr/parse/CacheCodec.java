package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.Field;
import io.github.adrgov.adr.model.LineSource;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.Problem;
import io.github.adrgov.adr.model.Section;
import io.github.adrgov.adr.model.Status;
import io.github.adrgov.adr.model.StatusCategory;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Writes the parsed part of an {@link Adr} as compact bytes and reads it back, by hand with
 * {@link DataOutputStream}: no reflection and no library to load, so a build that finds every file in the cache never
 * loads the Markdown parser or a JSON mapper. The file's lines are not stored: the decoded ADR reads them from its
 * file again when someone asks (see {@link Adr#lines()}).
 *
 * <p>Every field of {@link Adr} is written; {@code ParseCacheTest} fails when {@link Adr} gains a field this codec does
 * not know, and compares a cached model with a fresh parse field by field. Bump {@link #VERSION} when the layout
 * changes (a change of the parser's code invalidates the cache by itself, see {@link CacheFingerprint}).
 */
final class CacheCodec {

    /** Version of the byte layout below. */
    static final int VERSION = 6;

    /** The number of instance fields of {@link Adr} this codec writes; a test compares it with the class. */
    static final int ADR_FIELDS = 22;

    private static final StatusCategory[] CATEGORIES = StatusCategory.values();
    private static final Dialect[] DIALECTS = Dialect.values();
    private static final LinkKind[] KINDS = LinkKind.values();

    private CacheCodec() {
    }

    /** The ADR's parsed values (everything but file, id and lines, which the caller knows). */
    static byte[] encode(Adr a) {
        ByteArrayOutputStream bytes = SCRATCH.get();
        bytes.reset();
        try {
            write(new DataOutputStream(bytes), a);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen: writing to memory", e);
        } finally {
            if (bytes.size() > SCRATCH_KEEP) {
                SCRATCH.remove(); // an unusually large ADR: its buffer is not kept for the next one
            }
        }
    }

    /**
     * The buffer an ADR is encoded into, one for each thread, used again from ADR to ADR. It holds a JDK type only,
     * so that a thread that outlives the build (a Maven daemon's) keeps no class of the plugin alive.
     */
    private static final ThreadLocal<ByteArrayOutputStream> SCRATCH =
            ThreadLocal.withInitial(() -> new ByteArrayOutputStream(2048));

    /** A scratch buffer grown past this is dropped after use. */
    private static final int SCRATCH_KEEP = 64 * 1024;

    private static void write(DataOutputStream out, Adr a) throws IOException {
        CacheFiles.writeString(out, a.fileNumberText());
        writeInteger(out, a.titleNumber());
        CacheFiles.writeString(out, a.title());
        out.writeInt(a.titleLine());
        Status s = a.status().orElse(null);
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeByte(s.category().ordinal());
            CacheFiles.writeString(out, s.text());
            out.writeInt(s.line());
        }
        CacheFiles.writeString(out, a.dateText());
        LocalDate d = a.date();
        out.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay());
        out.writeInt(a.dateLine());
        out.writeBoolean(a.dateWithoutColon());
        out.writeInt(a.fields().size());
        for (Field f : a.fields().values()) {
            CacheFiles.writeString(out, f.name());
            CacheFiles.writeString(out, f.value());
            out.writeInt(f.line());
        }
        out.writeInt(a.sections().size());
        for (Section sec : a.sections()) {
            CacheFiles.writeString(out, sec.heading());
            out.writeInt(sec.level());
            out.writeInt(sec.line());
            out.writeInt(sec.endLine());
            out.writeBoolean(sec.empty());
        }
        out.writeInt(a.links().size());
        for (AdrLink l : a.links()) {
            out.writeByte(l.kind().ordinal());
            CacheFiles.writeString(out, l.text());
            CacheFiles.writeString(out, l.targetPath());
            writeInteger(out, l.targetNumber());
            out.writeInt(l.line());
        }
        out.writeByte(a.dialect().ordinal());
        CacheFiles.writeString(out, a.dialectReason());
        out.writeInt(a.problems().size());
        for (Problem p : a.problems()) {
            CacheFiles.writeString(out, p.message());
            writeInteger(out, p.line());
        }
        out.writeInt(a.bodyStartLine());
    }

    /**
     * Rebuilds the ADR from {@link #encode(Adr)}'s bytes.
     *
     * <p>Read with {@link Bytes}, a cursor over the array, rather than a {@link DataInputStream}: this runs once per
     * file of an unchanged log, and the stream's synchronized, layered reads made it the largest method the JIT
     * compiled in such a build (three quarters of a second of compiler time for 10,000 ADRs).
     *
     * @throws IOException when the bytes are not what {@link #encode(Adr)} writes (the caller then parses afresh)
     */
    static Adr decode(byte[] buf, int offset, int length, String file, String id, LineSource lines)
            throws IOException {
        Bytes in = new Bytes(buf, offset, length);
        Adr.Builder b = Adr.builder(file).id(id).lineSource(lines);
        try {
            head(in, b);
            fields(in, b);
            sections(in, b);
            links(in, b);
            Dialect dialect = pick(DIALECTS, in.u8());
            b.dialect(dialect, in.string());
            for (int i = 0, n = in.count(); i < n; i++) {
                b.problem(in.string(), in.integer());
            }
            b.bodyStartLine(in.i32());
            if (in.remaining() != 0) {
                throw new IOException("trailing bytes");
            }
            return b.build();
        } catch (RuntimeException e) {
            // a value the model refuses (null name, bad date, number too big): the entry is unusable
            throw new IOException("bad entry: " + e, e);
        }
    }

    private static void head(Bytes in, Adr.Builder b) throws IOException {
        b.fileNumber(in.string());
        b.titleNumber(in.integer());
        String title = in.string();
        b.title(title, in.i32());
        if (in.bool()) {
            StatusCategory c = pick(CATEGORIES, in.u8());
            String text = in.string();
            if (text == null) {
                throw new IOException("status without text");
            }
            b.status(c, text, in.i32());
        }
        String dateText = in.string();
        long epochDay = in.i64();
        b.date(dateText, epochDay == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(epochDay), in.i32());
        b.dateWithoutColon(in.bool());
    }

    private static void fields(Bytes in, Adr.Builder b) throws IOException {
        for (int i = 0, n = in.count(); i < n; i++) {
            String name = in.string();
            String value = in.string();
            b.field(name, value, in.i32());
        }
    }

    private static void sections(Bytes in, Adr.Builder b) throws IOException {
        for (int i = 0, n = in.count(); i < n; i++) {
            String heading = in.string();
            int level = in.i32();
            int line = in.i32();
            int endLine = in.i32();
            b.section(new Section(heading, level, line, endLine, in.bool()));
        }
    }

    private static void links(Bytes in, Adr.Builder b) throws IOException {
        for (int i = 0, n = in.count(); i < n; i++) {
            LinkKind kind = pick(KINDS, in.u8());
            String text = in.string();
            String target = in.string();
            Integer number = in.integer();
            b.link(kind, text, target, number, in.i32());
        }
    }

    /**
     * A cursor over bytes as {@link DataOutputStream} wrote them (big-endian, strings as length and UTF-8, -1 for
     * null); reading past the end is an {@link EOFException}.
     */
    private static final class Bytes {
        private final byte[] buf;
        private final int end;
        private int pos;

        Bytes(byte[] buf, int offset, int length) {
            if (offset < 0 || length < 0 || offset > buf.length - length) {
                throw new IllegalArgumentException("bad range");
            }
            this.buf = buf;
            this.pos = offset;
            this.end = offset + length;
        }

        int remaining() {
            return end - pos;
        }

        private int need(int n) throws EOFException {
            if (end - pos < n) {
                throw new EOFException("entry cut short");
            }
            int at = pos;
            pos += n;
            return at;
        }

        int u8() throws EOFException {
            return buf[need(1)] & 0xFF;
        }

        boolean bool() throws EOFException {
            return buf[need(1)] != 0;
        }

        int i32() throws EOFException {
            int at = need(4);
            return (buf[at] & 0xFF) << 24 | (buf[at + 1] & 0xFF) << 16 | (buf[at + 2] & 0xFF) << 8
                    | (buf[at + 3] & 0xFF);
        }

        long i64() throws EOFException {
            long hi = i32();
            return hi << 32 | (i32() & 0xFFFFFFFFL);
        }

        Integer integer() throws EOFException {
            return bool() ? i32() : null;
        }

        int count() throws IOException {
            int n = i32();
            if (n < 0 || n > 1_000_000) {
                throw new IOException("bad count " + n);
            }
            return n;
        }

        String string() throws EOFException {
            int n = i32();
            if (n == -1) {
                return null;
            }
            if (n < 0 || n > end - pos) {
                throw new EOFException("bad string length " + n);
            }
            int at = need(n);
            return new String(buf, at, n, StandardCharsets.UTF_8);
        }
    }

    private static <T> T pick(T[] values, int ordinal) throws IOException {
        if (ordinal >= values.length) {
            throw new IOException("unknown constant " + ordinal);
        }
        return values[ordinal];
    }

    private static void writeInteger(DataOutput out, Integer i) throws IOException {
        out.writeBoolean(i != null);
        if (i != null) {
            out.writeInt(i);
        }
    }
}
