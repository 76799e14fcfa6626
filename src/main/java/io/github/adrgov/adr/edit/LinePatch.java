package io.github.adrgov.adr.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A change to named lines of a {@link LineText}: replace a line's text, insert lines before or after a line, delete a
 * line. Line numbers are 1-based and always name lines of the original text, so operations do not shift each other.
 * Applying the patch changes only those lines: every other line keeps its text and its ending, the BOM stays, a
 * replaced line keeps its ending, inserted lines take the ending of the line they are inserted next to, and a file
 * without a trailing newline still has none. Mutable builder; {@link #apply(LineText)} does not change it.
 */
public final class LinePatch {

    private static final class Slot {
        final List<String> before = new ArrayList<>();
        final List<String> after = new ArrayList<>();
        String replacement;
        boolean deleted;
    }

    private final Map<Integer, Slot> slots = new TreeMap<>();

    /** An empty patch. */
    public static LinePatch create() {
        return new LinePatch();
    }

    /** Replaces the text of line {@code line}; its ending stays. */
    public LinePatch replace(int line, String text) {
        checkText(text);
        Slot s = slot(line);
        if (s.deleted || (s.replacement != null && !s.replacement.equals(text))) {
            throw new IllegalArgumentException("line " + line + " is already changed by this patch");
        }
        s.replacement = text;
        return this;
    }

    /** Inserts lines before line {@code line}; {@code line} may be {@code size + 1} to append. */
    public LinePatch insertBefore(int line, List<String> texts) {
        texts.forEach(LinePatch::checkText);
        slot(line).before.addAll(texts);
        return this;
    }

    /** Inserts lines after line {@code line}; {@code 0} inserts at the start. */
    public LinePatch insertAfter(int line, List<String> texts) {
        if (line == 0) {
            return insertBefore(1, texts);
        }
        texts.forEach(LinePatch::checkText);
        slot(line).after.addAll(texts);
        return this;
    }

    /** Deletes line {@code line} (with its ending). */
    public LinePatch delete(int line) {
        Slot s = slot(line);
        if (s.replacement != null) {
            throw new IllegalArgumentException("line " + line + " is already changed by this patch");
        }
        s.deleted = true;
        return this;
    }

    /** Whether the patch holds no operation. */
    public boolean isEmpty() {
        for (Slot s : slots.values()) {
            if (s.replacement != null || s.deleted || !s.before.isEmpty() || !s.after.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text with this patch applied.
     *
     * @throws EditException when a line the patch names does not exist in {@code text}
     */
    public LineText apply(LineText text) throws EditException {
        int size = text.size();
        for (int n : slots.keySet()) {
            Slot s = slots.get(n);
            boolean append = n == size + 1 && s.replacement == null && !s.deleted && s.after.isEmpty();
            if (n < 1 || (n > size && !append)) {
                throw new EditException("line " + n + " does not exist (the file has " + size + " lines)");
            }
        }
        String dominant = text.dominantEnding();
        List<LineText.Line> out = new ArrayList<>();
        for (int n = 1; n <= size + 1; n++) {
            Slot s = slots.get(n);
            LineText.Line original = n <= size ? text.lines().get(n - 1) : null;
            String near = original != null && !original.ending().isEmpty() ? original.ending() : dominant;
            if (s != null) {
                s.before.forEach(t -> out.add(new LineText.Line(t, near)));
            }
            if (original == null) {
                break;
            }
            if (s == null) {
                out.add(original);
                continue;
            }
            if (!s.deleted) {
                out.add(new LineText.Line(s.replacement != null ? s.replacement : original.text(), original.ending()));
            }
            s.after.forEach(t -> out.add(new LineText.Line(t, near)));
        }
        return text.withLines(endings(out, text.trailingNewline(), dominant));
    }

    /** Every line but the last ends with a break; the last one ends as the original's last line did. */
    private static List<LineText.Line> endings(List<LineText.Line> lines, boolean trailingNewline, String dominant) {
        List<LineText.Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LineText.Line l = lines.get(i);
            boolean last = i == lines.size() - 1;
            String ending = l.ending();
            if (last && !trailingNewline) {
                ending = "";
            } else if (ending.isEmpty()) {
                ending = dominant;
            }
            out.add(ending.equals(l.ending()) ? l : new LineText.Line(l.text(), ending));
        }
        return out;
    }

    private Slot slot(int line) {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + line);
        }
        return slots.computeIfAbsent(line, k -> new Slot());
    }

    private static void checkText(String text) {
        Objects.requireNonNull(text, "text");
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("one line at a time: the text holds a line break");
        }
    }
}
