package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.RandomPieces;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkdownBounds#keeps} says, without the copy, whether {@link MarkdownBounds#append} would append a line as
 * it is, and moves to the same state: two bounds fed the same lines, one through each, must agree on every line, on
 * texts made to reach each bound (long lines and headings, runs of blanks, deep nesting, long paragraphs, fences,
 * tables, setext underlines after a long paragraph). {@code -Dadr.bounds.rounds=N} for more.
 */
class MarkdownBoundsKeepsTest {

    private static void assertAgree(List<String> lines) {
        MarkdownBounds copying = new MarkdownBounds();
        MarkdownBounds keeping = new MarkdownBounds();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            sb.setLength(0);
            copying.append(sb, line);
            boolean same = CharSequence.compare(sb, line) == 0;
            assertThat(keeping.keeps(line)).as("line %d of %d (%d chars): %s", i + 1, lines.size(), line.length(),
                    line.length() > 80 ? line.substring(0, 80) + "..." : line).isEqualTo(same);
        }
    }

    @Test
    void eachBoundIsSeen() {
        assertAgree(List.of("# Title", "", "text", " ".repeat(64), " ".repeat(65), "a" + " ".repeat(65) + "b",
                "a" + " \t".repeat(33) + "b", "a" + "\t".repeat(64) + "b", "x".repeat(MarkdownBounds.MAX_LINE),
                "x".repeat(MarkdownBounds.MAX_LINE + 1), "# " + "h".repeat(MarkdownBounds.MAX_HEADING - 2),
                "# " + "h".repeat(MarkdownBounds.MAX_HEADING - 1), "> ".repeat(24) + "deep", "> ".repeat(25) + "deeper",
                "- ".repeat(30) + "list", "1. ".repeat(26) + "n", "```", "x".repeat(MarkdownBounds.MAX_LINE + 5),
                " ".repeat(70) + "in code", "```", "| a | b |", "after"));
        List<String> paragraph = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            paragraph.add("line " + i);
        }
        assertAgree(paragraph);
        List<String> wide = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            wide.add("w".repeat(900));
        }
        wide.add("===");
        wide.add("---");
        assertAgree(wide);
    }

    private static final String[] PIECES = {"", " ", "   ", "\t", "#", "# ", "###### ", "####### ", ">", "> ", "- ",
        "* ", "+ ", "1. ", "12) ", "|", "| a |", "```", "~~~", "````", "```java", "===", "---", "text", "é", "\uD83D\uDE00",
        "\u2003", "\u000B"};

    private static String randomLine(Random r) {
        int kind = r.nextInt(20);
        if (kind == 0) {
            return " ".repeat(60 + r.nextInt(10));
        }
        if (kind == 1) {
            return "> ".repeat(20 + r.nextInt(8)) + "q";
        }
        if (kind == 2) {
            return (r.nextBoolean() ? "# " : "") + "y".repeat(1990 + r.nextInt(20));
        }
        if (kind == 3) {
            return "z".repeat(9990 + r.nextInt(20)) + (r.nextBoolean() ? "\uD83D\uDE00" : "");
        }
        if (kind == 4) {
            return "a" + (r.nextBoolean() ? " " : "\t").repeat(60 + r.nextInt(10)) + "b";
        }
        return RandomPieces.line(r, PIECES, 7);
    }

    @Test
    void randomTextsAgree() {
        int rounds = RandomPieces.rounds("adr.bounds", 300);
        Random r = RandomPieces.random("adr.bounds");
        for (int i = 0; i < rounds; i++) {
            List<String> lines = new ArrayList<>();
            int n = 1 + r.nextInt(400);
            for (int k = 0; k < n; k++) {
                lines.add(randomLine(r));
            }
            assertAgree(lines);
        }
    }
}
