package io.github.adrgov.adr.output;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL);
        driver.put("version", toolVersion);
        driver.put("informationUri", Documentation.site());
        ArrayNode ruleArray = driver.putArray("rules");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Rule r : rules) {
            index.put(r.id(), index.size());
            ObjectNode node = ruleArray.addObject();
            node.put("id", r.id());
            node.putObject("shortDescription").put("text", r.description());
            node.putObject("help").put("text", r.description() + " Change its severity or switch it off in the"
                    + " plugin configuration: <rules><" + r.id() + ">off</" + r.id() + "></rules>.");
            node.put("helpUri", Documentation.rule(r.id()));
            node.putObject("defaultConfiguration").put("level", level(r.defaultSeverity()));
        }
        List<Finding> all = new ArrayList<>(result.findings());
        all.addAll(result.known());
        all.sort(Finding.ORDER);
        Set<Finding> known = Collections.newSetFromMap(new IdentityHashMap<>());
        known.addAll(result.known());
        for (Finding f : all) {
            if (!index.containsKey(f.rule())) {
                index.put(f.rule(), index.size());
                ruleArray.addObject().put("id", f.rule());
            }
        }
        run.putObject("originalUriBaseIds").putObject("%SRCROOT%").putObject("description")
                .put("text", uriPrefix.isEmpty() ? "The project base directory." : "The repository root.");
        ArrayNode results = run.putArray("results");
        for (Finding f : all) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.rule());
            r.put("ruleIndex", index.get(f.rule()));
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", f.message());
            ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", uri(uriPrefix + f.file()));
            artifact.put("uriBaseId", "%SRCROOT%");
            if (f.line() != null && f.line() > 0) {
                physical.putObject("region").put("startLine", f.line());
            }
            if (known.contains(f)) {
                // recorded in the known-findings file: shown as suppressed, not as a new alert
                ObjectNode suppression = r.putArray("suppressions").addObject();
                suppression.put("kind", "external");
                suppression.put("justification", "Recorded as known in " + result.knownSource()
                        + " (mvn adr:suppress).");
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return mapper.writer(printer).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write SARIF", e);
        }
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
