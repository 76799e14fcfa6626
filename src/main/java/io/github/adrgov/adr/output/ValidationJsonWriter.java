package io.github.adrgov.adr.output;

import io.github.adrgov.adr.json.JsonText;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code target/adr/validation.json}:
 * {@code {"adrCount": N, "findings": [{"rule", "severity", "file", "line", "message"}]}}. Findings come in the
 * result's stable order; {@code file} is relative to the base directory with forward slashes; {@code line} is an
 * integer or null. With a known-findings file, {@code findings} holds only the findings beyond it, and
 * {@code knownFindingsFile}, {@code knownFixed} and {@code known} (the findings it records) follow. UTF-8, {@code \n} line ends, two-space indent, a final newline: the same result always gives the
 * same bytes.
 */
public final class ValidationJsonWriter {

    /** The file name under {@code target/adr}. */
    public static final String FILE_NAME = "validation.json";

    /** The JSON text. */
    public String toJson(ValidationResult result) {
        JsonText g = new JsonText(JsonText.Style.COMPACT_EMPTY);
        g.beginObject();
        g.name("adrCount").value(result.adrCount());
        writeFindings(g, "findings", result.findings());
        if (result.knownSource() != null) {
            // the findings the known-findings file records: they do not fail the build
            g.field("knownFindingsFile", result.knownSource());
            g.name("knownFixed").value(result.knownFixed());
            writeFindings(g, "known", result.known());
        }
        g.endObject();
        return g.toString("\n");
    }

    private static void writeFindings(JsonText g, String name, List<Finding> findings) {
        g.name(name).beginArray();
        for (Finding f : findings) {
            g.beginObject();
            g.field("rule", f.rule());
            g.field("severity", f.severity().id());
            g.field("file", f.file());
            g.field("line", f.line());
            g.field("message", f.message());
            g.endObject();
        }
        g.endArray();
    }

    /** Writes the JSON to {@code file}, creating its folder. */
    public void write(ValidationResult result, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(result), StandardCharsets.UTF_8);
    }
}
