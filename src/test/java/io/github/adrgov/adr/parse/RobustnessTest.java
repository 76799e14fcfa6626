package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Problem;
import io.github.adrgov.adr.model.Section;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Odd bytes, broken front matter and hostile input never stop the parser. */
class RobustnessTest {

    private final AdrParser parser = new AdrParser(StatusVocabulary.defaults());

    @Test
    void brokenFrontMatterIsAProblemWithItsLine() {
        Adr a = parser.parse("a/0001-x.md", "0001-x", "---\nstatus: accepted\ndate: [2024-01-01\n---\n# 1. X\n");
        assertThat(a.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("Front matter is not valid YAML: ");
            assertThat(p.line()).isBetween(3, 4);
        });
        assertThat(a.title()).isEqualTo("X");
        assertThat(a.bodyStartLine()).isEqualTo(5);
    }

    @Test
    void duplicateKeysAndTabsAreReported() {
        Adr a = parser.parse("a/0001-x.md", "0001-x", "---\nstatus: a\nstatus: b\n---\n# X\n");
        assertThat(a.problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("Front matter is not valid YAML").contains("duplicate");
    }

    @Test
    void frontMatterThatIsNotAMappingIsReported() {
        Adr a = parser.parse("a/0001-x.md", "0001-x", "---\n- a\n- b\n---\n# X\n");
        assertThat(a.problems()).extracting(Problem::message).containsExactly(
                "Front matter is not a YAML mapping of keys to values");
    }

    @Test
    void aliasBombIsRefusedQuickly() {
        StringBuilder y = new StringBuilder("---\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                y.append(i > 0 ? "," : "").append('*').append(prev);
            }
            y.append("]\n");
            prev = c;
        }
        y.append("---\n# X\n");
        Adr a = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parser.parse("a/x.md", "x", y.toString()));
        assertThat(a.problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("Front matter is not valid YAML");
    }

    @Test
    void bomCrlfBlankLinesWithSpacesAndTrailingWhitespace() {
        String text = "\uFEFF---\r\nstatus: accepted  \r\ndate: 2024-05-06\r\n---\r\n   \r\n# 2. Use CRLF   \r\n \t \r\n"
                + "## Context   \r\n\r\nWindows.\r\n";
        Adr a = parser.parse("a/0002-x.md", "0002-x", text);
        assertThat(a.problems()).isEmpty();
        assertThat(a.lines().get(0)).isEqualTo("---");
        assertThat(a.lines()).hasSize(10);
        assertThat(a.title()).isEqualTo("Use CRLF");
        assertThat(a.titleLine()).isEqualTo(6);
        assertThat(a.status().orElseThrow().text()).isEqualTo("accepted");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(a.sections()).extracting(Section::heading, Section::line, Section::endLine)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Context", 8, 10));
    }

    @Test
    void oldMacLineEnds() {
        Adr a = parser.parse("a/0002-x.md", "0002-x", "# 2. X\r\rDate: 2024-01-02\r\r## Status\r\rAccepted\r");
        assertThat(a.dateLine()).isEqualTo(3);
        assertThat(a.status().orElseThrow().line()).isEqualTo(7);
    }

    @Test
    void emptyAndBlankFiles() {
        for (String text : new String[] {"", "\n\n", "\uFEFF", "---\n---\n", "---\n"}) {
            Adr a = parser.parse("a/x.md", "x", text);
            assertThat(a.title()).isNull();
            assertThat(a.status()).isEmpty();
        }
    }

    @Test
    void headingMarkupAndOptionalCommentsAreRemovedFromSectionNames() {
        Adr a = parser.parse("a/x.md", "x",
                "# X\n\n## **Decision Drivers** <!-- optional -->\n\n* a\n\n### `Option` 1 ###\n\ntext\n");
        assertThat(a.sections()).extracting(Section::heading, Section::level, Section::endLine).containsExactly(
                org.assertj.core.api.Assertions.tuple("Decision Drivers", 2, 9),
                org.assertj.core.api.Assertions.tuple("Option 1", 3, 9));
    }

    @Test
    void randomTextNeverThrows() {
        Random r = new Random(42);
        String alphabet = "#*-_>`~[]()!:|{}<>\n\r \t-=aZ09.\u00e9\u4e2d\uD83D\uDE00\\/\"'&;";
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder(i % 3 == 0 ? "---\n" : "");
            int len = r.nextInt(400);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertThatCode(() -> parser.parse("a/x.md", "x", text)).doesNotThrowAnyException();
        }
    }

    @Test
    void deeplyNestedMarkdownDoesNotBlowTheStack() {
        String text = "# X\n\n" + ">".repeat(5000) + " deep\n\n" + "[".repeat(5000) + "\n";
        Adr a = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parser.parse("a/x.md", "x", text));
        assertThat(a.file()).isEqualTo("a/x.md");
    }
}
