package io.github.adrgov.adr.known;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.ValidationResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The known-findings file: for each file with findings, the ADR's number and title (to follow a rename) and, per rule,
 * how many findings there are and their messages. Never line numbers, so that editing a file does not invalidate it.
 * Files and rules are sorted and messages too, so the same findings always give the same bytes (UTF-8, {@code \n},
 * a final newline) and the file diffs well in review.
 */
public final class KnownFindings {

    /** The default file name, in the ADR directory. */
    public static final String DEFAULT_FILE_NAME = ".adr-known-findings.json";

    /** The format version written. */
    static final int VERSION = 1;

    private static final String COMMENT = "Known findings of the ADR log, written by mvn adr:suppress. adr:validate"
            + " fails only on findings beyond these; after fixing some, run mvn adr:suppress again to drop them.";

    /**
     * What the file records about one file.
     *
     * @param file   the file, relative to the base directory with forward slashes
     * @param number the ADR's number, or null (not an ADR, or unnumbered)
     * @param title  the ADR's title, or null (not an ADR, or untitled)
     * @param rules  per rule id, the messages recorded (sorted, repeated when a message was found more than once)
     */
    public record Entry(String file, Integer number, String title, Map<String, List<String>> rules) {
        public Entry {
            Objects.requireNonNull(file, "file");
            Map<String, List<String>> copy = new TreeMap<>();
            for (Map.Entry<String, List<String>> e : rules.entrySet()) {
                List<String> m = new ArrayList<>(e.getValue());
                Collections.sort(m);
                copy.put(e.getKey(), List.copyOf(m));
            }
            rules = Collections.unmodifiableMap(copy);
        }

        /** How many findings this entry records. */
        public int count() {
            int n = 0;
            for (List<String> m : rules.values()) {
                n += m.size();
            }
            return n;
        }
    }

    private final Map<String, Entry> entries;

    /** @param entries the entries, any order; at most one per file */
    public KnownFindings(List<Entry> entries) {
        Map<String, Entry> m = new TreeMap<>();
        for (Entry e : entries) {
            m.put(e.file(), e);
        }
        this.entries = Collections.unmodifiableMap(m);
    }

    /** Every entry, by file. */
    public Map<String, Entry> entries() {
        return entries;
    }

    /** How many findings the file records in all. */
    public int count() {
        int n = 0;
        for (Entry e : entries.values()) {
            n += e.count();
        }
        return n;
    }

    /** Records every finding of a validation (known ones included), with the number and title of each ADR. */
    public static KnownFindings record(ValidationResult result) {
        Map<String, Map<String, List<String>>> byFile = new TreeMap<>();
        List<Finding> all = new ArrayList<>(result.findings());
        all.addAll(result.known());
        for (Finding f : all) {
            byFile.computeIfAbsent(f.file(), k -> new TreeMap<>())
                    .computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f.message());
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<String>>> e : byFile.entrySet()) {
            Adr adr = result.log().byFile(e.getKey()).orElse(null);
            entries.add(new Entry(e.getKey(), adr == null ? null : adr.number(), adr == null ? null : adr.title(),
                    e.getValue()));
        }
        return new KnownFindings(entries);
    }

    /** The file's text. */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(out)) {
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeStringField("comment", COMMENT);
            g.writeNumberField("version", VERSION);
            g.writeNumberField("count", count());
            g.writeArrayFieldStart("files");
            for (Entry e : entries.values()) {
                g.writeStartObject();
                g.writeStringField("file", e.file());
                if (e.number() != null) {
                    g.writeNumberField("number", e.number());
                }
                if (e.title() != null) {
                    g.writeStringField("title", e.title());
                }
                g.writeArrayFieldStart("findings");
                for (Map.Entry<String, List<String>> r : e.rules().entrySet()) {
                    g.writeStartObject();
                    g.writeStringField("rule", r.getKey());
                    g.writeNumberField("count", r.getValue().size());
                    g.writeArrayFieldStart("messages");
                    for (String m : r.getValue()) {
                        g.writeString(m);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out + "\n";
    }

    /**
     * Reads a known-findings file.
     *
     * @param file the file
     * @param name the file as named in messages
     * @throws IOException            when it cannot be read
     * @throws KnownFindingsException when it is not a known-findings file
     */
    public static KnownFindings read(Path file, String name) throws IOException, KnownFindingsException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), name);
    }

    /** Parses the text of a known-findings file; {@code name} names it in messages. */
    public static KnownFindings parse(String text, String name) throws KnownFindingsException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new KnownFindingsException("The known-findings file " + name + " is not valid JSON ("
                    + firstLine(e.getMessage()) + "); restore it from version control or run mvn adr:suppress to"
                    + " write it again.");
        }
        String how = "; run mvn adr:suppress to write it again.";
        if (root == null || !root.isObject() || !root.path("files").isArray()) {
            throw new KnownFindingsException("The known-findings file " + name + " has no \"files\" list" + how);
        }
        int version = root.path("version").asInt(VERSION);
        if (version > VERSION) {
            throw new KnownFindingsException("The known-findings file " + name + " is of version " + version
                    + ", newer than this plugin reads (" + VERSION + "); update the plugin or run mvn adr:suppress.");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode f : root.path("files")) {
            String file = f.path("file").asText(null);
            if (file == null || file.isBlank() || !f.path("findings").isArray()) {
                throw new KnownFindingsException("The known-findings file " + name
                        + " has an entry without \"file\" or \"findings\"" + how);
            }
            Integer number = f.path("number").isInt() ? f.path("number").asInt() : null;
            String title = f.path("title").isTextual() ? f.path("title").asText() : null;
            Map<String, List<String>> rules = new TreeMap<>();
            for (JsonNode r : f.path("findings")) {
                String rule = r.path("rule").asText(null);
                if (rule == null || rule.isBlank()) {
                    throw new KnownFindingsException("The known-findings file " + name + " has a finding of "
                            + file + " without \"rule\"" + how);
                }
                List<String> messages = rules.computeIfAbsent(rule, k -> new ArrayList<>());
                for (Iterator<JsonNode> it = r.path("messages").elements(); it.hasNext(); ) {
                    messages.add(it.next().asText());
                }
            }
            entries.add(new Entry(file, number, title, rules));
        }
        return new KnownFindings(entries);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter(separators);
        p.indentObjectsWith(indenter);
        p.indentArraysWith(indenter);
        return p;
    }
}
