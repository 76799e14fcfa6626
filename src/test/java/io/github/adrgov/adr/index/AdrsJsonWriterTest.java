package io.github.adrgov.adr.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.StatusCategory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdrsJsonWriterTest {

    @Test
    void writesOneObjectPerAdrWithTheContractFields() {
        String json = AdrsJsonWriter.render(Fixtures.example());

        assertThat(json).startsWith("{\n  \"adrCount\": 4,\n  \"adrs\": [\n    {\n      \"file\": "
                + "\"docs/adr/0001-record-architecture-decisions.md\",\n");
        assertThat(json).contains("""
                    {
                      "file": "docs/adr/0002-use-postgres.md",
                      "id": "0002-use-postgres",
                      "number": 2,
                      "title": "Use PostgreSQL",
                      "status": "superseded",
                      "statusText": "Superseded",
                      "date": "2025-02-01",
                      "dateText": "2025-02-01",
                      "supersededBy": [
                        "0004-use-sqlite"
                      ],
                      "supersedes": [ ],
                      "dialect": "nygard"
                    },
                """);
        assertThat(json).endsWith("  ]\n}\n").doesNotContain("\r");
    }

    @Test
    void unknownValuesAreNullAndSupersessionListsAreSortedResolvedIdsWithoutDuplicates() throws Exception {
        Adr bare = Adr.builder("docs/adr/notes/slug-only.md").id("notes/slug-only").dialect(Dialect.UNKNOWN)
                .date("15/01/2025", null, 2)
                .link(LinkKind.SUPERSEDES, "Supersedes ADR-2", null, 2, 4)
                .link(LinkKind.SUPERSEDES, "Supersedes [1](../0001-a.md)", "../0001-a.md", null, 5)
                .link(LinkKind.SUPERSEDES, "Supersedes 0002", "../0002-b.md", null, 6)
                .link(LinkKind.SUPERSEDES, "Supersedes ADR-77", null, 77, 7)
                .build();
        AdrLog log = Fixtures.log(List.of(bare,
                Fixtures.numbered("0002", "b", "B", StatusCategory.DEPRECATED, "2025-01-02").build(),
                Fixtures.numbered("0001", "a", "A", StatusCategory.DEPRECATED, "2025-01-01").build()));

        JsonNode root = new ObjectMapper().readTree(AdrsJsonWriter.render(log));

        assertThat(root.get("adrCount").asInt()).isEqualTo(3);
        JsonNode last = root.get("adrs").get(2);
        assertThat(last.get("id").asText()).isEqualTo("notes/slug-only");
        assertThat(last.get("number").isNull()).isTrue();
        assertThat(last.get("title").isNull()).isTrue();
        assertThat(last.get("status").asText()).isEqualTo("other");
        assertThat(last.get("statusText").isNull()).isTrue();
        assertThat(last.get("date").isNull()).isTrue();
        assertThat(last.get("dateText").asText()).isEqualTo("15/01/2025");
        assertThat(last.get("supersedes").toString()).isEqualTo("[\"0001-a\",\"0002-b\"]");
        assertThat(last.get("dialect").asText()).isEqualTo("unknown");
        assertThat(root.get("adrs").get(0).get("id").asText()).isEqualTo("0001-a");
    }

    @Test
    void escapesTextAndIsTheSameWhateverTheInputOrder(@TempDir Path dir) throws Exception {
        List<Adr> adrs = new ArrayList<>(Fixtures.example().adrs());
        adrs.add(Fixtures.numbered("0009", "q", "Say \"no\" to \\ and \u2028 line separators",
                StatusCategory.ACCEPTED, "2025-01-09").build());
        String expected = AdrsJsonWriter.render(Fixtures.log(adrs));
        Collections.reverse(adrs);
        Path out = dir.resolve("target/adr/adrs.json");

        AdrsJsonWriter.write(Fixtures.log(adrs), out);

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(new ObjectMapper().readTree(expected).get("adrs").get(4).get("title").asText())
                .isEqualTo("Say \"no\" to \\ and \u2028 line separators");
    }
}
