package io.github.adrgov.adr.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file strictly as UTF-8: a file that is binary or not valid UTF-8 is named as such, never guessed at. */
final class FileDecoder {

    /** Files larger than this are not read (no ADR is this long; it protects the build's memory). */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /** The decoded lines, or the reason they could not be had. */
    record Decoded(SourceText source, String problem) {
    }

    private FileDecoder() {
    }

    static Decoded read(Path file) {
        return read(file, new ReadBuffers());
    }

    /** As {@link #read(Path)}, the bytes read into a buffer of {@code buffers}. */
    static Decoded read(Path file, ReadBuffers buffers) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return tooLarge(size);
            }
            ReadBuffers.Bytes bytes = buffers.read(file, size);
            try {
                return bytes == null ? tooLarge(Files.size(file)) : decode(bytes.buf(), bytes.length());
            } finally {
                buffers.release(bytes);
            }
        } catch (IOException | SecurityException e) {
            return new Decoded(null, describe(e));
        }
    }

    static Decoded tooLarge(long size) {
        return new Decoded(null, "file too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
    }

    /** A reason a user understands, without the absolute path the JDK puts in its messages. */
    static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "cannot be read: the file vanished or is a broken symbolic link";
        }
        if (e instanceof java.nio.file.AccessDeniedException || e instanceof SecurityException) {
            return "cannot be read: permission denied";
        }
        String reason = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                ? fse.getReason() : e.getMessage();
        return "cannot be read: " + e.getClass().getSimpleName() + (reason == null ? "" : " (" + reason + ")");
    }

    /** {@code not valid UTF-8 (byte 9, line 1)}: the 1-based position of the first bad byte and its line. */
    private static String notUtf8(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return "not valid UTF-8 (byte " + (offset + 1) + ", line " + line + ")";
    }

    /**
     * The first {@code length} bytes decoded into lines (as {@link SourceText#of(String)} cuts a text), or why they
     * cannot be.
     */
    static Decoded decode(byte[] bytes, int length) {
        // the JDK's own decoding makes each line's string in one copy (an ASCII line, most lines, as its bytes), with
        // no string of the whole text. It writes U+FFFD for what is not UTF-8 and decodes a 0 byte as U+0000, and
        // never takes a line end (an ASCII byte) into a bad sequence: so lines without either are the file's, and
        // only a file with a U+FFFD (bad bytes, or a U+FFFD written in it) is decoded again, strictly, to tell which
        // and where. The one pass over the bytes is the one that finds the line ends.
        SourceText.Split split = SourceText.of(bytes, length);
        if (split.nul()) {
            return new Decoded(null, "binary file");
        }
        if (!split.replacement()) {
            return new Decoded(split.source(), null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            return new Decoded(null, notUtf8(bytes, in.position()));
        }
        // valid UTF-8 that holds a U+FFFD of its own: the lines as decoded are the file's
        return new Decoded(split.source(), null);
    }
}
