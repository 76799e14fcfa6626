package io.github.adrgov.adr.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of one file split into lines: a leading BOM removed, CRLF, CR and LF all end a line. Index 0 is line 1.
 */
final class SourceText {

    private final List<String> lines;

    private SourceText(List<String> lines) {
        this.lines = lines;
    }

    static SourceText of(String text) {
        String t = text;
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
            t = t.substring(1);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = t.length();
        if (t.indexOf('\r') < 0) {
            // the common case, LF only: the JDK's indexOf finds each line end faster than a loop over the chars
            for (int end = t.indexOf('\n'); end >= 0; end = t.indexOf('\n', start)) {
                out.add(t.substring(start, end));
                start = end + 1;
            }
            if (start < n) {
                out.add(t.substring(start));
            }
            return new SourceText(List.copyOf(out));
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(t.substring(start, i));
                if (c == '\r' && i + 1 < n && t.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(t.substring(start));
        }
        return new SourceText(List.copyOf(out));
    }

    /**
     * The lines of a file's bytes, and whether any holds a U+0000 or a U+FFFD. The cut is {@link #of(String)}'s on the
     * text the bytes decode to: a leading UTF-8 BOM is dropped and CRLF, CR and LF end a line. Each line is decoded
     * on its own (lenient UTF-8, as {@code new String(bytes, UTF_8)} decodes), so that no string of the whole text is
     * made: a line end is an ASCII byte, which a UTF-8 sequence never holds, so valid UTF-8 decodes to the same lines.
     */
    static Split of(byte[] bytes, int length) {
        boolean bom = length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        int start = bom ? 3 : 0;
        List<String> out = new ArrayList<>();
        for (int i = start; i < length; i++) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r') {
                out.add(line(bytes, start, i));
                if (b == '\r' && i + 1 < length && bytes[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            out.add(line(bytes, start, length));
        }
        boolean nul = false;
        boolean replacement = false;
        for (String line : out) {
            nul |= line.indexOf('\u0000') >= 0;
            replacement |= line.indexOf('\uFFFD') >= 0;
        }
        return new Split(new SourceText(List.copyOf(out)), nul, replacement);
    }

    private static String line(byte[] bytes, int from, int to) {
        return from == to ? "" : new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    /** A file's lines, and whether they hold a U+0000 (a 0 byte) or a U+FFFD (bad UTF-8, or one written). */
    record Split(SourceText source, boolean nul, boolean replacement) {
    }

    List<String> lines() {
        return lines;
    }

    int size() {
        return lines.size();
    }

    /** Line {@code n} (1-based), or "" past the end. */
    String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }
}
