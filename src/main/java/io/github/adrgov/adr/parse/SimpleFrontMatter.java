package io.github.adrgov.adr.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values of front matter made only of one-line {@code key: value} entries, read without a YAML parser; null for
 * anything else, which {@link FrontMatterReader} gives to SnakeYAML. Under the fail-safe schema the reader uses, every
 * scalar is the string as written and an empty value is null, so such entries need no typing: a plain value is the
 * text after {@code ": "} without its blanks at the ends, a quoted one the text between its quotes; an empty value
 * followed by {@code - item} lines (one indentation) is the list of those items; a line starting with {@code #} is a
 * comment. It gives up on blank or other indented lines, maps, quoted keys, repeated keys, escapes, a value that
 * starts with a YAML indicator or holds {@code ": "} or {@code " #"}, tabs and characters YAML would refuse or fold.
 * {@code FrontMatterReaderTest} compares it with SnakeYAML on random front matter and on the corpus.
 */
final class SimpleFrontMatter {

    private SimpleFrontMatter() {
    }

    /**
     * The values (keys in lower case, the first of keys equal but for case) of lines {@code from} to {@code to}
     * (0-based, exclusive), or null.
     */
    static Map<String, Object> read(List<String> lines, int from, int to) {
        if (to <= from) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (int i = from; i < to; i++) {
            String l = lines.get(i);
            if (l.startsWith("#")) {
                continue; // a comment line
            }
            int colon = keyEnd(l);
            if (colon < 0) {
                return null;
            }
            String key = l.substring(0, colon);
            if (!keys.add(key)) {
                return null;
            }
            int v = skipSpaces(l, colon + 1);
            int end = endWithoutSpaces(l, v);
            Object value;
            if (v == end) {
                // an empty value, or a list of one-line items below it
                List<String> items = new ArrayList<>();
                int indent = -1;
                while (i + 1 < to && lines.get(i + 1).trim().startsWith("- ")) {
                    String item = lines.get(i + 1);
                    int dash = item.indexOf('-');
                    if (indent >= 0 && dash != indent || item.substring(0, dash).replace(" ", "").length() > 0) {
                        return null;
                    }
                    indent = dash;
                    int a = skipSpaces(item, dash + 2);
                    int b = endWithoutSpaces(item, a);
                    String text = a < b ? value(item, a, b) : null;
                    if (text == null) {
                        return null;
                    }
                    items.add(text);
                    i++;
                }
                value = items.isEmpty() ? null : items;
            } else {
                value = value(l, v, end);
                if (value == null) {
                    return null;
                }
            }
            values.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
        }
        return values;
    }

    /** Where the {@code :} after a plain key ({@code [A-Za-z][A-Za-z0-9_-]*}) is, followed by a space or the end; or -1. */
    private static int keyEnd(String l) {
        if (l.isEmpty() || !isLetter(l.charAt(0))) {
            return -1;
        }
        int i = 1;
        while (i < l.length() && (isLetter(l.charAt(i)) || l.charAt(i) >= '0' && l.charAt(i) <= '9'
                || l.charAt(i) == '_' || l.charAt(i) == '-')) {
            i++;
        }
        if (i >= l.length() || l.charAt(i) != ':' || i + 1 < l.length() && l.charAt(i + 1) != ' ') {
            return -1;
        }
        return i;
    }

    /** The scalar written from {@code v} to {@code end}, or null when unsure. */
    private static String value(String l, int v, int end) {
        for (int i = v; i < end; i++) {
            char c = l.charAt(i);
            if (c < ' ' || c >= 0x7f && c <= 0x9f || c == '\uFEFF' || Character.isSurrogate(c)
                    || Character.isWhitespace(c) && c != ' ' || c == '\u00A0' || c == '\u2028' || c == '\u2029') {
                return null;
            }
        }
        char first = l.charAt(v);
        if (first == '"' || first == '\'') {
            if (end - v < 2 || l.charAt(end - 1) != first) {
                return null;
            }
            String inner = l.substring(v + 1, end - 1);
            if (inner.indexOf(first) >= 0 || first == '"' && inner.indexOf('\\') >= 0) {
                return null;
            }
            return inner;
        }
        if ("-?:,[]{}#&*!|>%@`".indexOf(first) >= 0) {
            return null;
        }
        String s = l.substring(v, end);
        if (s.contains(": ") || s.endsWith(":") || s.contains(" #")) {
            return null;
        }
        return s;
    }

    private static int skipSpaces(String l, int from) {
        int i = from;
        while (i < l.length() && l.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The end of {@code l} without its trailing spaces, not before {@code from}. */
    private static int endWithoutSpaces(String l, int from) {
        int end = l.length();
        while (end > from && l.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
