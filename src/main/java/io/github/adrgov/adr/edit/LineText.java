package io.github.adrgov.adr.edit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text file as lines that give back its exact bytes: a leading UTF-8 BOM, each line's own ending ({@code \n},
 * {@code \r\n} or {@code \r}, mixed freely) and whether the last line ends with one. Lines are split exactly as the
 * parser splits them, so line {@code n} here is line {@code n} of {@link io.github.adrgov.adr.model.Adr#lines()}.
 * Immutable; {@code of(bytes).toBytes()} equals {@code bytes} for every valid UTF-8 input.
 */
public final class LineText {

    /** One line: its text without the ending, and the ending as written ({@code ""} only for a last line without one). */
    public record Line(String text, String ending) {
        public Line {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(ending, "ending");
            if (!(ending.isEmpty() || ending.equals("\n") || ending.equals("\r\n") || ending.equals("\r"))) {
                throw new IllegalArgumentException("not a line ending: " + ending.replace("\r", "\\r").replace("\n", "\\n"));
            }
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a line's text holds no line break");
            }
        }
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final boolean bom;
    private final List<Line> lines;

    private LineText(boolean bom, List<Line> lines) {
        this.bom = bom;
        this.lines = List.copyOf(lines);
        for (int i = 0; i + 1 < this.lines.size(); i++) {
            if (this.lines.get(i).ending().isEmpty()) {
                throw new IllegalArgumentException("only the last line may lack an ending (line " + (i + 1) + ")");
            }
        }
    }

    /** Reads a file. */
    public static LineText read(Path file) throws EditException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new EditException(file.getFileName() + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        return of(bytes, String.valueOf(file.getFileName()));
    }

    /** The lines of these bytes; {@code name} is used in the message when they are not valid UTF-8. */
    public static LineText of(byte[] bytes, String name) throws EditException {
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        String text;
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0)));
            text = cb.toString();
        } catch (CharacterCodingException e) {
            throw new EditException(name + ": is not valid UTF-8, so it is not edited", e);
        }
        return ofText(bom, text);
    }

    /** The lines of a decoded text (without BOM; a leading U+FEFF is kept as text). */
    public static LineText ofText(boolean bom, String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                String ending = c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? "\r\n" : String.valueOf(c);
                out.add(new Line(text.substring(start, i), ending));
                i += ending.length() - 1;
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(new Line(text.substring(start), ""));
        }
        return new LineText(bom, out);
    }

    /** A text made of these lines, each with {@code ending}; the last one too when {@code trailingNewline}. */
    public static LineText ofLines(List<String> texts, String ending, boolean trailingNewline) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            boolean last = i == texts.size() - 1;
            out.add(new Line(texts.get(i), last && !trailingNewline ? "" : ending));
        }
        return new LineText(false, out);
    }

    /** Whether the file starts with a UTF-8 byte order mark. */
    public boolean bom() { return bom; }

    /** The lines, index 0 is line 1. */
    public List<Line> lines() { return lines; }

    /** Number of lines (a final line ending does not start another line). */
    public int size() { return lines.size(); }

    /** The text of line {@code n} (1-based). */
    public String text(int n) {
        checkLine(n);
        return lines.get(n - 1).text();
    }

    /** The ending of line {@code n} (1-based), {@code ""} for a last line without one. */
    public String ending(int n) {
        checkLine(n);
        return lines.get(n - 1).ending();
    }

    /** Whether the last line ends with a line break (true for an empty file: there is nothing to end). */
    public boolean trailingNewline() {
        return lines.isEmpty() || !lines.get(lines.size() - 1).ending().isEmpty();
    }

    /** The ending most lines use ({@code \n} when there is none, or on a tie with it). */
    public String dominantEnding() {
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        for (Line l : lines) {
            switch (l.ending()) {
                case "\n" -> lf++;
                case "\r\n" -> crlf++;
                case "\r" -> cr++;
                default -> { }
            }
        }
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        return cr > lf && cr > crlf ? "\r" : "\n";
    }

    /** The texts of all lines. */
    public List<String> texts() {
        List<String> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            out.add(l.text());
        }
        return out;
    }

    /** A copy with other lines and the same BOM. */
    public LineText withLines(List<Line> newLines) {
        return new LineText(bom, newLines);
    }

    /** A copy with or without a BOM. */
    public LineText withBom(boolean withBom) {
        return new LineText(withBom, lines);
    }

    /** The text without BOM, endings as written. */
    public String content() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            sb.append(l.text()).append(l.ending());
        }
        return sb.toString();
    }

    /** The exact bytes: BOM, then each line with its own ending, UTF-8. */
    public byte[] toBytes() {
        byte[] body = content().getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        System.arraycopy(BOM, 0, out, 0, 3);
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    private void checkLine(int n) {
        if (n < 1 || n > lines.size()) {
            throw new IndexOutOfBoundsException("line " + n + " of " + lines.size());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LineText t && t.bom == bom && t.lines.equals(lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bom, lines);
    }

    @Override
    public String toString() {
        return "LineText[" + lines.size() + " lines" + (bom ? ", BOM" : "") + "]";
    }
}
