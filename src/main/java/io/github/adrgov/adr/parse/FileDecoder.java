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

    /** The decoded text, or the reason it could not be had. */
    record Decoded(String text, String problem) {
    }

    private FileDecoder() {
    }

    static Decoded read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return new Decoded(null, "file too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
            }
            return decode(Files.readAllBytes(file));
        } catch (IOException | SecurityException e) {
            return new Decoded(null, describe(e));
        }
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

    static Decoded decode(byte[] bytes) {
        // the JDK's own decoding makes the string in one copy (an ASCII text, most ADRs, as its bytes); it writes
        // U+FFFD for what is not UTF-8 and decodes a 0 byte, wherever it stands, as U+0000; so a text without either
        // is the file's, and only a text with a U+FFFD (bad bytes, or a U+FFFD written in the file) is decoded again,
        // strictly, to tell which and where. No scan of the bytes of its own, which the JIT compiled on every build.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\u0000') >= 0) {
            return new Decoded(null, "binary file");
        }
        if (text.indexOf('\uFFFD') < 0) {
            return new Decoded(text, null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            return new Decoded(null, notUtf8(bytes, in.position()));
        }
        out.flip();
        return new Decoded(out.toString(), null);
    }
}
