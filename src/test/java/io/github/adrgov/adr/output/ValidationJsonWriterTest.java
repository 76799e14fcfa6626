package io.github.adrgov.adr.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationJsonWriterTest {

    private final ValidationJsonWriter writer = new ValidationJsonWriter();

    @Test
    void writesTheContractShapeWithFindingsSortedAndNullLines() throws Exception {
        ValidationResult result = Results.of(3,
                new Finding("number-gap", Severity.WARNING, "docs/adr", null, "ADR-0002 is missing."),
                new Finding("broken-supersession", Severity.ERROR, "docs/adr/0003-x.md", 5,
                        "Status says \"Superseded by ADR-009\", but there is no ADR-009."),
                new Finding("missing-date", Severity.ERROR, "docs/adr/0001-a.md", 1, "No date."));

        JsonNode root = new ObjectMapper().readTree(writer.toJson(result));

        assertThat(root.get("adrCount").asInt()).isEqualTo(3);
        JsonNode findings = root.get("findings");
        assertThat(findings).hasSize(3);
        assertThat(findings.get(0).get("file").asText()).isEqualTo("docs/adr");
        assertThat(findings.get(0).get("line").isNull()).isTrue();
        assertThat(findings.get(1).get("rule").asText()).isEqualTo("missing-date");
        JsonNode broken = findings.get(2);
        assertThat(broken.get("rule").asText()).isEqualTo("broken-supersession");
        assertThat(broken.get("severity").asText()).isEqualTo("error");
        assertThat(broken.get("file").asText()).isEqualTo("docs/adr/0003-x.md");
        assertThat(broken.get("line").isInt()).isTrue();
        assertThat(broken.get("line").asInt()).isEqualTo(5);
        assertThat(broken.get("message").asText())
                .isEqualTo("Status says \"Superseded by ADR-009\", but there is no ADR-009.");
        assertThat(root.fieldNames()).toIterable().containsExactly("adrCount", "findings");
        assertThat(broken.fieldNames()).toIterable().containsExactly("rule", "severity", "file", "line", "message");
    }

    @Test
    void sameFindingsInAnotherOrderGiveTheSameBytes() {
        Finding a = new Finding("missing-status", Severity.ERROR, "docs/adr/0002-b.md", 3, "No status.");
        Finding b = new Finding("future-date", Severity.WARNING, "docs/adr/0001-a.md", 4, "Date is in the future.");

        assertThat(writer.toJson(Results.of(2, a, b))).isEqualTo(writer.toJson(Results.of(2, b, a)));
    }

    @Test
    void layoutIsStableWithUnixLineEndsAndFinalNewline() {
        String json = writer.toJson(Results.of(1,
                new Finding("missing-date", Severity.ERROR, "docs/adr/0001-a.md", 1, "No date.")));

        assertThat(json).isEqualTo("""
                {
                  "adrCount": 1,
                  "findings": [
                    {
                      "rule": "missing-date",
                      "severity": "error",
                      "file": "docs/adr/0001-a.md",
                      "line": 1,
                      "message": "No date."
                    }
                  ]
                }
                """);
        assertThat(json).doesNotContain("\r");
    }

    @Test
    void emptyLogIsAnEmptyArray() {
        assertThat(writer.toJson(Results.of(0))).isEqualTo("{\n  \"adrCount\": 0,\n  \"findings\": []\n}\n");
    }

    @Test
    void writesUtf8AndCreatesTheFolder(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("target/adr/validation.json");
        writer.write(Results.of(1, new Finding("placeholder-text", Severity.WARNING, "docs/adr/0001-ü.md", 2,
                "Ersetze „TODO“ — <script> & co.")), file);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"file\": \"docs/adr/0001-ü.md\"");
        assertThat(new ObjectMapper().readTree(text).get("findings").get(0).get("message").asText())
                .isEqualTo("Ersetze „TODO“ — <script> & co.");
    }
}
