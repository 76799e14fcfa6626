package io.github.adrgov.adr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonText} writes the bytes Jackson's pretty printer wrote for the plugin's outputs before (so no output file
 * changed when Jackson left the writing path), and text that parses back to what was written.
 */
class JsonTextTest {

    @Test
    void theTextWithASuffixLeavesTheTextAsItWas() {
        JsonText g = new JsonText(JsonText.Style.COMPACT_EMPTY).beginObject().field("a", "b").endObject();
        String text = "{\n  \"a\": \"b\"\n}";
        assertThat(g.toString("\n")).isEqualTo(text + "\n");
        assertThat(g.toString()).isEqualTo(text);
        assertThat(g.toString("\n")).isEqualTo(text + "\n");
        JsonText open = new JsonText(JsonText.Style.COMPACT_EMPTY).beginObject();
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> open.toString("\n"));
    }

    @Test
    void writesTheLayoutOfJacksonsPrettyPrinterInEachStyle() throws IOException {
        for (JsonText.Style style : JsonText.Style.values()) {
            for (long seed = 0; seed < 300; seed++) {
                JsonText mine = new JsonText(style);
                StringWriter theirs = new StringWriter();
                try (JsonGenerator jackson = new JsonFactory().createGenerator(theirs)) {
                    jackson.setPrettyPrinter(printer(style));
                    tree(new Random(seed), mine, jackson, 0);
                }
                assertThat(mine.toString()).as("style %s, seed %d", style, seed).isEqualTo(theirs.toString());
            }
        }
    }

    @Test
    void escapesWhatJsonRequiresAndNothingElse() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x100; c++) {
            all.append(c);
        }
        all.append("\u2028\u2029/é日\uD83D\uDE00");
        String text = new JsonText(JsonText.Style.COMPACT_EMPTY).beginObject().field("s", all.toString())
                .endObject().toString();
        assertThat(text).startsWith("{\n  \"s\": \"\\u0000\\u0001").contains("\\b\\t\\n\\u000B\\f\\r\\u000E")
                .contains(" !\\\"#").contains("[\\\\]").contains("\u007F").contains("\u2028\u2029/é日\uD83D\uDE00");
        assertThat(new ObjectMapper().readTree(text).get("s").asText()).isEqualTo(all.toString());
    }

    @Test
    void emptyContainersAndNullsInEachStyle() {
        assertThat(new JsonText(JsonText.Style.COMPACT_EMPTY).beginObject().name("a").beginArray().endArray()
                .name("o").beginObject().endObject().field("n", (String) null).endObject().toString())
                .isEqualTo("{\n  \"a\": [],\n  \"o\": {},\n  \"n\": null\n}");
        assertThat(new JsonText(JsonText.Style.SPACED_EMPTY).beginArray().beginArray().endArray().value(3)
                .endArray().toString()).isEqualTo("[\n  [ ],\n  3\n]");
        assertThat(new JsonText(JsonText.Style.SPACED_COLON).beginObject().field("x", 1).endObject().toString())
                .isEqualTo("{\n  \"x\" : 1\n}");
    }

    @Test
    void refusesMisuse() {
        assertThatThrownBy(() -> new JsonText(JsonText.Style.COMPACT_EMPTY).beginObject().value("no name"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonText(JsonText.Style.COMPACT_EMPTY).beginArray().endObject())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonText(JsonText.Style.COMPACT_EMPTY).beginArray().toString())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonText(JsonText.Style.COMPACT_EMPTY).beginArray().endArray().value(1))
                .isInstanceOf(IllegalStateException.class);
    }

    /** Writes the same random value to both writers. */
    private static void tree(Random r, JsonText mine, JsonGenerator jackson, int depth) throws IOException {
        int kind = depth >= 4 ? 2 + r.nextInt(4) : r.nextInt(6);
        switch (kind) {
            case 0 -> {
                mine.beginObject();
                jackson.writeStartObject();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    String name = string(r);
                    mine.name(name);
                    jackson.writeFieldName(name);
                    tree(r, mine, jackson, depth + 1);
                }
                mine.endObject();
                jackson.writeEndObject();
            }
            case 1 -> {
                mine.beginArray();
                jackson.writeStartArray();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    tree(r, mine, jackson, depth + 1);
                }
                mine.endArray();
                jackson.writeEndArray();
            }
            case 2 -> {
                String s = string(r);
                mine.value(s);
                jackson.writeString(s);
            }
            case 3 -> {
                int i = r.nextInt();
                mine.value(i);
                jackson.writeNumber(i);
            }
            case 4 -> {
                mine.value((String) null);
                jackson.writeNull();
            }
            default -> {
                boolean b = r.nextBoolean();
                mine.value(b);
                jackson.writeBoolean(b);
            }
        }
    }

    private static String string(Random r) {
        String alphabet = "ab \"\\/\n\t\r\b\f\u0000\u001F\u007Fé日\u2028";
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** The printers the writers of validation.json, adrs.json and the SARIF log were configured with. */
    private static DefaultPrettyPrinter printer(JsonText.Style style) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter p = switch (style) {
            case COMPACT_EMPTY -> new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""));
            case SPACED_EMPTY -> new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            case SPACED_COLON -> new DefaultPrettyPrinter();
        };
        p.indentObjectsWith(indenter);
        p.indentArraysWith(indenter);
        return p;
    }
}
