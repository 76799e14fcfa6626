package io.github.adrgov.adr.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The YAML front matter of a file: its line range and its top-level values as text (the YAML is loaded with the
 * fail-safe schema, so every scalar stays the string as written).
 */
final class FrontMatter {

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

    static String asText(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (Object o : list) {
                String s = asText(o);
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
                return asText(map.keySet().iterator().next());
            }
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(asText(e.getKey()));
                if (!isEmptyValue(e.getValue())) {
                    sb.append(": ").append(asText(e.getValue()));
                }
            }
            return sb.toString();
        }
        return v.toString().strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static boolean isEmptyValue(Object v) {
        return v == null || (v instanceof String s && s.isBlank());
    }
}
