package io.github.adrgov.adr.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.ValidationResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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

    private final JsonFactory factory = JsonFactory.builder().build();

    /** The JSON text. */
    public String toJson(ValidationResult result) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeNumberField("adrCount", result.adrCount());
            writeFindings(g, "findings", result.findings());
            if (result.knownSource() != null) {
                // the findings the known-findings file records: they do not fail the build
                g.writeStringField("knownFindingsFile", result.knownSource());
                g.writeNumberField("knownFixed", result.knownFixed());
                writeFindings(g, "known", result.known());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out + "\n";
    }

    private static void writeFindings(JsonGenerator g, String name, List<Finding> findings)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule());
            g.writeStringField("severity", f.severity().id());
            g.writeStringField("file", f.file());
            if (f.line() == null) {
                g.writeNullField("line");
            } else {
                g.writeNumberField("line", f.line());
            }
            g.writeStringField("message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Writes the JSON to {@code file}, creating its folder. */
    public void write(ValidationResult result, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(result), StandardCharsets.UTF_8);
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
