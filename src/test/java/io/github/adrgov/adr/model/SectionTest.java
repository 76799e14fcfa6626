package io.github.adrgov.adr.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.CountingText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SectionTest {

    private static Section body(String content) {
        return new Section("Context", 2, 3, 9, content);
    }

    @Test
    void aBodyOfBlankLinesAndClosedCommentsIsEmpty() {
        assertThat(body("").isEmpty()).isTrue();
        assertThat(body("\n  \n").isEmpty()).isTrue();
        assertThat(body("<!-- fill in -->").isEmpty()).isTrue();
        assertThat(body("\n<!-- one\ntwo -->\n\n <!----> <!-- x --->\n").isEmpty()).isTrue();
    }

    @Test
    void textOrAnUnclosedCommentIsContent() {
        assertThat(body("We need a database.").isEmpty()).isFalse();
        assertThat(body("<!-- hint --> We decided.").isEmpty()).isFalse();
        assertThat(body("<!-- never closed").isEmpty()).isFalse();
        assertThat(body("<!-->").isEmpty()).isFalse();
        assertThat(body("<!--->").isEmpty()).isFalse();
        assertThat(body("<!-- a --> -->").isEmpty()).isFalse();
        assertThat(body("<!-- a -- >").isEmpty()).isFalse();
    }

    /**
     * Thousands of unclosed {@code <!--} (fuzz input #1757 of seed 20261201: 10,000 of them on one line) are read in
     * one pass: the characters read stay within a small multiple of the length. A backtracking search for the end of
     * each comment reads the rest of the text once per opening, about 10,000 times the length here.
     */
    @Test
    void unclosedCommentsAreReadInOnePass() {
        CountingText text = new CountingText("\n" + "<!--".repeat(10_000) + "\n");
        assertThat(Section.onlyComments(text)).isFalse();
        assertThat(text.reads()).isLessThanOrEqualTo(8L * text.length());
        CountingText closed = new CountingText(("<!--" + "-".repeat(50) + "-->\n").repeat(2_000));
        assertThat(Section.onlyComments(closed)).isTrue();
        assertThat(closed.reads()).isLessThanOrEqualTo(8L * closed.length());
    }

    /** The body read line by line says what the joined body says, for every mix of text, blanks and comments. */
    @Test
    void readingTheLinesGivesWhatTheJoinedTextGives() {
        String[] parts = {"", " ", "\t", "<!--", "-->", "--", "-", ">", "<!-- x -->", "text", "<!-->", "<", "!"};
        Random random = new Random(20261201);
        for (int n = 0; n < 20_000; n++) {
            List<String> lines = new ArrayList<>();
            for (int l = random.nextInt(4); l >= 0; l--) {
                StringBuilder line = new StringBuilder();
                for (int k = random.nextInt(4); k > 0; k--) {
                    line.append(parts[random.nextInt(parts.length)]);
                }
                lines.add(line.toString());
            }
            assertThat(Section.onlyComments(lines)).as(lines.toString())
                    .isEqualTo(Section.onlyComments(String.join("\n", lines)));
        }
    }
}
