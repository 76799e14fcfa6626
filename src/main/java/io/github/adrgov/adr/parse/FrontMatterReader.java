package io.github.adrgov.adr.parse;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Finds a YAML front matter block ({@code ---} on line 1 up to the next {@code ---} or {@code ...}) and loads it
 * safely: fail-safe schema (no typed or custom objects), bounded size, no alias bombs, no recursive keys. Front
 * matter of one-line {@code key: value} entries is read by {@link SimpleFrontMatter}, as SnakeYAML would read it,
 * without loading SnakeYAML.
 */
final class FrontMatterReader {

    private static final Pattern TOP_KEY = Pattern.compile("^([^\\s#:\"'][^:]*?|\"[^\"]+\"|'[^']+')\\s*:(?:\\s|$)");

    /**
     * The fail-safe schema (every scalar stays the string as written, so {@code 0001} is not turned into 1) plus
     * empty values, which YAML reads as null.
     */
    private static final Schema TEXT_SCHEMA = new Schema() {
        private final FailsafeSchema failsafe = new FailsafeSchema();

        @Override
        public ScalarResolver getScalarResolver() {
            return failsafe.getScalarResolver();
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            Map<Tag, ConstructNode> m = new HashMap<>(failsafe.getSchemaTagConstructors());
            m.put(Tag.NULL, node -> null);
            return m;
        }
    };

    private FrontMatterReader() {
    }

    static FrontMatter read(SourceText src) {
        return read(src, true);
    }

    /** As {@link #read(SourceText)}, always with SnakeYAML (the reference {@link SimpleFrontMatter} is compared with). */
    static FrontMatter readWithYaml(SourceText src) {
        return read(src, false);
    }

    private static FrontMatter read(SourceText src, boolean simple) {
        List<String> lines = src.lines();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return FrontMatter.NONE;
        }
        int close = closingLine(lines);
        if (close < 0) {
            // not read as front matter (the file is read as Markdown), but said: the author meant a block
            return new FrontMatter(0, 0, Map.of(), Map.of(),
                    "Front matter opened by --- on line 1 is never closed by a line of ---", 1);
        }
        int startLine = 1;
        int endLine = close + 1;
        Map<String, Integer> keyLines = new HashMap<>();
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < close; i++) {
            String l = lines.get(i);
            yaml.append(l).append('\n');
            // a key is short: the pattern sees at most the start of a line (it backtracks over a long line of blanks)
            Matcher m = TOP_KEY.matcher(l.length() > 256 ? l.substring(0, 256) : l);
            if (m.find()) {
                String key = unquote(m.group(1).strip()).toLowerCase(Locale.ROOT);
                keyLines.putIfAbsent(key, i + 1);
            }
        }
        Map<String, Object> plain = simple ? SimpleFrontMatter.read(lines, 1, close) : null;
        if (plain != null) {
            return new FrontMatter(startLine, endLine, plain, keyLines, null, null);
        }
        try {
            Object root = new Load(settings()).loadFromString(yaml.toString());
            Map<String, Object> values = new LinkedHashMap<>();
            if (root instanceof Map<?, ?> map) {
                String refused = null;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    String key = FrontMatter.asText(e.getKey()).toLowerCase(Locale.ROOT);
                    if (FrontMatter.recursiveOrTooDeep(e.getValue())) {
                        refused = refused == null ? key : refused;
                        continue;
                    }
                    values.putIfAbsent(key, e.getValue());
                }
                if (refused != null) {
                    Integer line = keyLines.getOrDefault(refused, startLine + 1);
                    return new FrontMatter(startLine, endLine, values, keyLines, "Front matter is not valid YAML: the"
                            + " value of \"" + Markup.capped(refused) + "\" refers to itself or is nested more than "
                            + FrontMatter.MAX_DEPTH + " levels deep", line);
                }
            } else if (root != null && !(root instanceof String s && s.isBlank())) {
                return new FrontMatter(startLine, endLine, Map.of(), keyLines,
                        "Front matter is not a YAML mapping of keys to values", startLine + 1);
            }
            return new FrontMatter(startLine, endLine, values, keyLines, null, null);
        } catch (MarkedYamlEngineException e) {
            Integer line = e.getProblemMark().or(e::getContextMark).map(mk -> startLine + 1 + mk.getLine()).orElse(startLine);
            String reason = e.getProblem() != null ? e.getProblem() : e.getMessage();
            return new FrontMatter(startLine, endLine, Map.of(), keyLines,
                    "Front matter is not valid YAML: " + oneLine(reason), line);
        } catch (YamlEngineException | IllegalArgumentException | IllegalStateException e) {
            return new FrontMatter(startLine, endLine, Map.of(), keyLines,
                    "Front matter is not valid YAML: " + oneLine(String.valueOf(e.getMessage())), startLine);
        }
    }

    /** The index of the line that closes front matter opened on the first line ({@code ---} or {@code ...}), or -1. */
    static int closingLine(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.equals("---") || s.equals("...")) {
                return i;
            }
        }
        return -1;
    }

    private static LoadSettings settings() {
        return LoadSettings.builder()
                .setLabel("front matter")
                .setSchema(TEXT_SCHEMA)
                .setCodePointLimit(1_000_000)
                .setMaxAliasesForCollections(20)
                .setAllowRecursiveKeys(false)
                .setAllowNonScalarKeys(false)
                .build();
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
