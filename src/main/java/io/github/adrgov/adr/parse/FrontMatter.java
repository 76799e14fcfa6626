package io.github.adrgov.adr.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The YAML front matter of a file: its line range and its top-level values as text (the YAML is loaded with the
 * fail-safe schema, so every scalar stays the string as written).
 */
final class FrontMatter {

    /** A line break in a value, with the blanks around it. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    static final FrontMatter NONE = new FrontMatter(0, 0, Map.of(), Map.of(), null, null);

    private final int startLine;
    private final int endLine;
    private final Map<String, Object> values;
    private final Map<String, Integer> keyLines;
    private final String problem;
    private final Integer problemLine;

    FrontMatter(int startLine, int endLine, Map<String, Object> values, Map<String, Integer> keyLines, String problem,
            Integer problemLine) {
        this.startLine = startLine;
        this.endLine = endLine;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.keyLines = Map.copyOf(keyLines);
        this.problem = problem;
        this.problemLine = problemLine;
    }

    /** Whether the file starts with a front matter block. */
    boolean present() { return startLine > 0; }

    /** Line of the opening {@code ---}, 0 when absent. */
    int startLine() { return startLine; }

    /** Line of the closing {@code ---}, 0 when absent. */
    int endLine() { return endLine; }

    /** Top-level values by lower-case key: String, List or Map. Empty when the YAML did not parse. */
    Map<String, Object> values() { return values; }

    /** Why the YAML did not parse, or null. */
    String problem() { return problem; }

    Integer problemLine() { return problemLine; }

    /** The line of a top-level key (lower-case), else the opening line. */
    int lineOf(String key) {
        Integer l = keyLines.get(key.toLowerCase(Locale.ROOT));
        return l != null ? l : startLine;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    /** The value of a key as one line of text (lists joined with ", "), or null when absent. */
    String text(String key) {
        Object v = values.get(key);
        return v == null ? null : asText(v);
    }

    /** The deepest nesting of lists and mappings read as text; YAML deeper than this is refused by the reader. */
    static final int MAX_DEPTH = 32;

    static String asText(Object v) {
        return asText(v, 0);
    }

    private static String asText(Object v, int depth) {
        if (v == null || depth > MAX_DEPTH) {
            return "";
        }
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (Object o : list) {
                String s = asText(o, depth + 1);
                if (s.isEmpty()) {
                    continue;
                }
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(s);
            }
            return sb.toString();
        }
        if (v instanceof Map<?, ?> map) {
            // "{ accepted }" in YAML is a mapping with one key and no value: the author meant the word
            if (map.size() == 1 && isEmptyValue(map.values().iterator().next())) {
                return asText(map.keySet().iterator().next(), depth + 1);
            }
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(asText(e.getKey(), depth + 1));
                if (!isEmptyValue(e.getValue())) {
                    sb.append(": ").append(asText(e.getValue(), depth + 1));
                }
            }
            return sb.toString();
        }
        String text = v.toString().strip();
        // a value on one line (nearly every value) is passed over without the regex
        return hasLineBreak(text) ? LINE_BREAK.matcher(text).replaceAll(" ") : text;
    }

    /** Whether {@code s} holds a character of regex {@code \\R}: a line break joined into a space above. */
    static boolean hasLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\n' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a loaded value refers to itself (a recursive alias such as {@code r: &r [*r]}) or nests lists and mappings
     * deeper than {@link #MAX_DEPTH}. Walks at most that deep, so it cannot run out of stack.
     */
    static boolean recursiveOrTooDeep(Object v) {
        return recursiveOrTooDeep(v, 0, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean recursiveOrTooDeep(Object v, int depth, java.util.Set<Object> path) {
        if (!(v instanceof List<?>) && !(v instanceof Map<?, ?>)) {
            return false;
        }
        if (depth > MAX_DEPTH || !path.add(v)) {
            return true;
        }
        Iterable<?> children = v instanceof List<?> l ? l : ((Map<?, ?>) v).values();
        for (Object c : children) {
            if (recursiveOrTooDeep(c, depth + 1, path)) {
                return true;
            }
        }
        path.remove(v);
        return false;
    }

    private static boolean isEmptyValue(Object v) {
        return v == null || (v instanceof String s && s.isBlank());
    }
}
