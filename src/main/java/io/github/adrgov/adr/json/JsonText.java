package io.github.adrgov.adr.json;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes pretty-printed JSON text: objects and arrays open on their own line, two spaces of indent per level,
 * {@code \n} line ends. Strings are escaped as JSON requires ({@code "}, {@code \}, and every control character below
 * U+0020, the usual ones as {@code \n}, {@code \t}, {@code \r}, {@code \b}, {@code \f}, the others as a six-character
 * escape of four upper-case hex digits);
 * every other character is written as it is. The layout is that of Jackson's {@code DefaultPrettyPrinter} with a
 * two-space {@code DefaultIndenter} on objects and arrays, so files once written with Jackson keep their bytes.
 *
 * <p>The caller pairs every {@code begin} with its {@code end} and writes a {@link #name} before each value inside an
 * object; a misuse throws {@link IllegalStateException}. Not thread-safe.
 */
public final class JsonText {

    /** The spacing between a field's name and its value, and inside empty objects and arrays. */
    public enum Style {
        /** {@code "name": value}, empty {@code {}} and {@code []}. */
        COMPACT_EMPTY(": ", "", ""),
        /** {@code "name": value}, empty {@code { }} and {@code [ ]}. */
        SPACED_EMPTY(": ", " ", " "),
        /** {@code "name" : value}, empty {@code { }} and {@code [ ]} (Jackson's default printer). */
        SPACED_COLON(" : ", " ", " ");

        final String colon;
        final String emptyObject;
        final String emptyArray;

        Style(String colon, String emptyObject, String emptyArray) {
            this.colon = colon;
            this.emptyObject = emptyObject;
            this.emptyArray = emptyArray;
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out = new StringBuilder(256);
    private final Style style;
    /** Per open container: the number of values written so far in it; negative for an object awaiting a value. */
    private final Deque<int[]> open = new ArrayDeque<>();
    private final Deque<Boolean> isObject = new ArrayDeque<>();
    private boolean named;
    private boolean done;

    public JsonText(Style style) {
        this.style = style;
    }

    /** Opens an object. */
    public JsonText beginObject() {
        beforeValue();
        out.append('{');
        push(true);
        return this;
    }

    /** Closes the innermost object. */
    public JsonText endObject() {
        return end(true, '}', style.emptyObject);
    }

    /** Opens an array. */
    public JsonText beginArray() {
        beforeValue();
        out.append('[');
        push(false);
        return this;
    }

    /** Closes the innermost array. */
    public JsonText endArray() {
        return end(false, ']', style.emptyArray);
    }

    /** The name of the next value of the innermost object. */
    public JsonText name(String name) {
        if (open.isEmpty() || !isObject.peek() || named) {
            throw new IllegalStateException("a name belongs inside an object, before its value");
        }
        separate();
        string(name);
        out.append(style.colon);
        named = true;
        return this;
    }

    /** A string value, or null. */
    public JsonText value(String s) {
        beforeValue();
        if (s == null) {
            out.append("null");
        } else {
            string(s);
        }
        return scalarDone();
    }

    /** An integer value, or null. */
    public JsonText value(Integer n) {
        beforeValue();
        out.append(n == null ? "null" : n.toString());
        return scalarDone();
    }

    /** An integer value. */
    public JsonText value(long n) {
        beforeValue();
        out.append(n);
        return scalarDone();
    }

    /** A boolean value. */
    public JsonText value(boolean b) {
        beforeValue();
        out.append(b);
        return scalarDone();
    }

    /** {@code name} then a string value or null. */
    public JsonText field(String name, String value) {
        return name(name).value(value);
    }

    /** {@code name} then an integer value or null. */
    public JsonText field(String name, Integer value) {
        return name(name).value(value);
    }

    /** The text written, once the outermost value is complete. */
    @Override
    public String toString() {
        requireDone();
        return out.toString();
    }

    /** {@link #toString()} followed by {@code suffix}, made in one copy. */
    public String toString(String suffix) {
        requireDone();
        int length = out.length();
        String s = out.append(suffix).toString();
        out.setLength(length);
        return s;
    }

    private void requireDone() {
        if (!done) {
            throw new IllegalStateException("the JSON value is not complete");
        }
    }

    /** After a string, number, boolean or null: a value at the top level is the whole text. */
    private JsonText scalarDone() {
        if (open.isEmpty()) {
            done = true;
        }
        return this;
    }

    private void push(boolean object) {
        open.push(new int[] {0});
        isObject.push(object);
    }

    private JsonText end(boolean object, char close, String empty) {
        if (open.isEmpty() || isObject.peek() != object || named) {
            throw new IllegalStateException("no " + (object ? "object" : "array") + " to close here");
        }
        int count = open.pop()[0];
        isObject.pop();
        if (count == 0) {
            out.append(empty);
        } else {
            newline(open.size());
        }
        out.append(close);
        if (open.isEmpty()) {
            done = true;
        }
        return this;
    }

    private void beforeValue() {
        if (done) {
            throw new IllegalStateException("the JSON value is already complete");
        }
        if (open.isEmpty()) {
            return;
        }
        if (isObject.peek()) {
            if (!named) {
                throw new IllegalStateException("a value inside an object needs a name first");
            }
            named = false;
        } else {
            separate();
        }
    }

    /** The comma before every value of a container but its first, then the line and indent of the value. */
    private void separate() {
        int[] count = open.peek();
        if (count[0] > 0) {
            out.append(',');
        }
        count[0]++;
        newline(open.size());
    }

    private void newline(int level) {
        out.append('\n');
        for (int i = 0; i < level; i++) {
            out.append("  ");
        }
    }

    private void string(String s) {
        out.append('"');
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(s, start, n);
        out.append('"');
    }
}
