package io.github.adrgov.adr.edit;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the value of a metadata key sits in one line, so that an edit can replace the value and keep the key, its
 * markup, a trailing comment and everything else of the line as written.
 *
 * @param start index of the first character of the value
 * @param end   index after its last character
 */
record ValueSpan(int start, int end) {

    /** A key and its separator as the dialects write them; group 1 is the key. */
    private static final String SEPARATOR =
            "\\s*(?:(?:\\*\\*|__)\\s*[:\\uFF1A]|[:\\uFF1A]\\s*(?:\\*\\*|__)|[:\\uFF1A])(?!//)[ \\t]*";
    private static final Pattern LEAD = Pattern.compile("^\\s{0,3}(?:>\\s?)*\\s*(?:[-*+]\\s+)?");
    private static final Pattern PIPE = Pattern.compile("\\s+\\|\\s+");
    private static final Pattern YAML_KEY = Pattern.compile("^([\"']?)([^\"':#\\s][^\"':#]*?)\\1[ \\t]*:(?:[ \\t]+|$)");

    String of(String line) {
        return line.substring(start, end);
    }

    String replace(String line, String value) {
        return line.substring(0, start) + value + line.substring(end);
    }

    /**
     * The value of {@code key} (compared after lower-casing and folding {@code _}/{@code -} to spaces) in a
     * Markdown metadata line: {@code **Status**: X}, {@code * Status: X}, {@code Status: X}, {@code > **Status:** X},
     * or one {@code |}-separated pair of the quick form. Null when the line has no such key.
     */
    static ValueSpan markdown(String line, String... keys) {
        Matcher lead = LEAD.matcher(line);
        int segStart = lead.find() ? lead.end() : 0;
        while (segStart <= line.length()) {
            Matcher pipe = PIPE.matcher(line);
            int segEnd = pipe.find(segStart) ? pipe.start() : line.length();
            ValueSpan s = inSegment(line, segStart, segEnd, keys);
            if (s != null) {
                return s;
            }
            if (segEnd == line.length()) {
                return null;
            }
            pipe.find(segStart);
            segStart = pipe.end();
        }
        return null;
    }

    private static ValueSpan inSegment(String line, int from, int to, String... keys) {
        String seg = line.substring(from, to);
        Matcher m = Pattern.compile("^(\\*\\*|__)?\\s*([\\p{L}][\\p{L}\\p{M} _'-]{0,40}?)" + SEPARATOR).matcher(seg);
        if (!m.find() || !matchesKey(m.group(2), keys)) {
            return null;
        }
        int start = from + m.end();
        int end = to;
        String value = line.substring(start, end);
        int cut = trailingCut(value, m.group(1));
        return new ValueSpan(start, start + cut).narrowed(line);
    }

    /**
     * The visible value of a line that is nothing but a value (a line of a {@code ## Status} section): without a
     * blockquote or list marker in front, and without a trailing comment, hard break or full stop.
     */
    static ValueSpan bare(String line) {
        Matcher lead = LEAD.matcher(line);
        int start = lead.find() ? lead.end() : 0;
        String value = line.substring(start);
        int cut = trailingCut(value, null);
        String v = value.substring(0, cut);
        while (v.endsWith(".")) {
            v = v.substring(0, v.length() - 1);
        }
        return new ValueSpan(start, start + v.length()).narrowed(line);
    }

    /** The value after the colon of a heading such as {@code ## Status: Accepted}, or null. */
    static ValueSpan heading(String line) {
        int colon = line.indexOf(':');
        if (colon < 0 || !line.stripLeading().startsWith("#")) {
            return null;
        }
        int start = colon + 1;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        int cut = trailingCut(line.substring(start), null);
        String v = line.substring(start, start + cut).replaceFirst("\\s+#+$", "");
        return new ValueSpan(start, start + v.length());
    }

    /**
     * The value of top-level {@code key} in a YAML front matter line, quotes included, trailing comment excluded;
     * null when the line is not that key.
     */
    static ValueSpan yaml(String line, String key) {
        Matcher m = YAML_KEY.matcher(line);
        if (!m.find() || !m.group(2).strip().equalsIgnoreCase(key)) {
            return null;
        }
        int start = m.end();
        String v = line.substring(start);
        int end;
        if (v.startsWith("\"")) {
            int i = 1;
            while (i < v.length() && v.charAt(i) != '"') {
                i += v.charAt(i) == '\\' ? 2 : 1;
            }
            end = Math.min(v.length(), i + 1);
        } else if (v.startsWith("'")) {
            int i = 1;
            while (i < v.length()) {
                if (v.charAt(i) == '\'') {
                    if (i + 1 < v.length() && v.charAt(i + 1) == '\'') {
                        i += 2;
                        continue;
                    }
                    break;
                }
                i++;
            }
            end = Math.min(v.length(), i + 1);
        } else {
            int hash = v.indexOf(" #");
            end = hash >= 0 ? hash : v.length();
            end = v.substring(0, end).stripTrailing().length();
        }
        return new ValueSpan(start, start + end);
    }

    /** Length of the value without a trailing HTML comment, hard break, closing bold of the key, or blanks. */
    private static int trailingCut(String value, String keyBold) {
        String v = value;
        while (true) {
            String s = v.stripTrailing();
            if (s.endsWith("-->") && s.lastIndexOf("<!--") >= 0) {
                s = s.substring(0, s.lastIndexOf("<!--"));
            } else if (s.endsWith("\\")) {
                s = s.substring(0, s.length() - 1);
            } else if (keyBold != null && s.endsWith(keyBold)
                    && !s.substring(0, s.length() - keyBold.length()).contains(keyBold)) {
                s = s.substring(0, s.length() - keyBold.length());
            }
            if (s.equals(v)) {
                return v.length();
            }
            v = s;
        }
    }

    /** Inside emphasis or code that wraps the whole value ({@code **Accepted**}, {@code `accepted`}). */
    private ValueSpan narrowed(String line) {
        String v = of(line);
        for (String w : new String[] {"**", "__", "`", "*", "_"}) {
            if (v.length() > 2 * w.length() && v.startsWith(w) && v.endsWith(w)
                    && !v.substring(w.length(), v.length() - w.length()).contains(w)) {
                return new ValueSpan(start + w.length(), end - w.length());
            }
        }
        return this;
    }

    private static boolean matchesKey(String written, String... keys) {
        String k = written.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        for (String key : keys) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }
}
