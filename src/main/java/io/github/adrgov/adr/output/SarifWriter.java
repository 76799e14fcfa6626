package io.github.adrgov.adr.output;

import io.github.adrgov.adr.json.JsonText;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.rules.Rule;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes findings as a SARIF 2.1.0 log ({@code target/adr/validation.sarif}) for code-scanning tools: one run, the
 * whole rule catalogue with ids, help text and a {@code helpUri} into the rules page of the plugin's site
 * ({@link Documentation}), one result per finding with its file and line; findings recorded in the
 * known-findings file are results too, marked suppressed ({@code suppressions} of kind {@code external}). File URIs are relative
 * to the source root ({@code %SRCROOT%}): the project base directory, or the repository root when a prefix is given.
 * Deterministic: no timestamps, findings in {@link Finding#ORDER}, {@code \n} line ends.
 */
public final class SarifWriter {

    /** The schema URI written into the log. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The tool name in the log. */
    public static final String TOOL = "adr-maven-plugin";

    private final String toolVersion;
    private final List<Rule> rules;
    private final String uriPrefix;

    /**
     * @param toolVersion the plugin version
     * @param rules       the rule catalogue, in catalogue order
     * @param uriPrefix   prefix of every file path (e.g. {@code module-a/} to make paths relative to the repository
     *                    root), or empty
     */
    public SarifWriter(String toolVersion, List<Rule> rules, String uriPrefix) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
        this.rules = List.copyOf(rules);
        this.uriPrefix = uriPrefix == null ? "" : uriPrefix;
    }

    /** Writes the log to a file, creating its directory. */
    public void write(ValidationResult result, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, toJson(result), StandardCharsets.UTF_8);
    }

    /** The SARIF log as text, ending with a newline. */
    public String toJson(ValidationResult result) {
        List<Finding> all = new ArrayList<>(result.findings());
        all.addAll(result.known());
        all.sort(Finding.ORDER);
        Set<Finding> known = Collections.newSetFromMap(new IdentityHashMap<>());
        known.addAll(result.known());
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Rule r : rules) {
            index.putIfAbsent(r.id(), index.size());
        }
        List<String> unlisted = new ArrayList<>();
        for (Finding f : all) {
            if (!index.containsKey(f.rule())) {
                index.put(f.rule(), index.size());
                unlisted.add(f.rule());
            }
        }
        JsonText g = new JsonText(JsonText.Style.SPACED_COLON);
        g.beginObject();
        g.field("$schema", SCHEMA);
        g.field("version", "2.1.0");
        g.name("runs").beginArray().beginObject();
        g.name("tool").beginObject().name("driver").beginObject();
        g.field("name", TOOL);
        g.field("version", toolVersion);
        g.field("informationUri", Documentation.site());
        g.name("rules").beginArray();
        for (Rule r : rules) {
            g.beginObject();
            g.field("id", r.id());
            g.name("shortDescription").beginObject().field("text", r.description()).endObject();
            g.name("help").beginObject().field("text", r.description() + " Change its severity or switch it off in"
                    + " the plugin configuration: <rules><" + r.id() + ">off</" + r.id() + "></rules>.").endObject();
            g.field("helpUri", Documentation.rule(r.id()));
            g.name("defaultConfiguration").beginObject().field("level", level(r.defaultSeverity())).endObject();
            g.endObject();
        }
        for (String id : unlisted) {
            g.beginObject().field("id", id).endObject();
        }
        g.endArray();
        g.endObject().endObject();
        g.name("originalUriBaseIds").beginObject().name("%SRCROOT%").beginObject().name("description").beginObject()
                .field("text", uriPrefix.isEmpty() ? "The project base directory." : "The repository root.")
                .endObject().endObject().endObject();
        g.name("results").beginArray();
        for (Finding f : all) {
            g.beginObject();
            g.field("ruleId", f.rule());
            g.field("ruleIndex", index.get(f.rule()));
            g.field("level", level(f.severity()));
            g.name("message").beginObject().field("text", f.message()).endObject();
            g.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
            g.name("artifactLocation").beginObject();
            g.field("uri", uri(uriPrefix + f.file()));
            g.field("uriBaseId", "%SRCROOT%");
            g.endObject();
            if (f.line() != null && f.line() > 0) {
                g.name("region").beginObject().field("startLine", f.line()).endObject();
            }
            g.endObject().endObject().endArray();
            if (known.contains(f)) {
                // recorded in the known-findings file: shown as suppressed, not as a new alert
                g.name("suppressions").beginArray().beginObject();
                g.field("kind", "external");
                g.field("justification", "Recorded as known in " + result.knownSource() + " (mvn adr:suppress).");
                g.endObject().endArray();
            }
            g.endObject();
        }
        g.endArray();
        g.endObject().endArray();
        g.endObject();
        return g.toString("\n");
    }

    /** The SARIF level of a severity: error, warning or note. */
    static String level(Severity s) {
        switch (s) {
            case ERROR: return "error";
            case WARNING: return "warning";
            default: return "note";
        }
    }

    /** A relative path as a URI reference: spaces and other unsafe characters percent-encoded, slashes kept. */
    static String uri(String path) {
        try {
            String p = path;
            int colon = p.indexOf(':');
            if (colon >= 0 && (p.indexOf('/') < 0 || colon < p.indexOf('/'))) {
                p = "./" + p; // a colon in the first segment would read as a scheme
            }
            return new URI(null, null, p, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
