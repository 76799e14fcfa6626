package io.github.adrgov.adr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.RandomPieces;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The placeholder scan passes over a line without copying it or running a regex when {@link Placeholders#mayHold}
 * says no, and over a heading when {@link Placeholders#mayBeTitlePlaceholder} says no: each check must say yes to
 * every line in which the full scan finds something, code spans removed or not. Random lines are made of the pieces
 * the patterns look for, so that most of them come close to a match ({@code -Dadr.placeholder.rounds=N} for more).
 */
class PlaceholderPrefilterTest {

    private static final String[] PIECES = {"[", "]", "{", "}", "(", ")", "#", "# ", "#\t", "`", "``", " ", "  ", "\t",
        "TODO", "TBD", "TO", "DO", "YYYY-MM-DD", "YYYY", "-MM-DD", "Describe the context", "option 1", "option",
        "e.g.", "a phrase of words", "n", "N", "NNN", "XXX", "xxx", "x", "NUMBER", "number", "{number}", "[number]",
        ".", ". ", "Title", "*", "**", "_", "-", ">", "1.", ":", "<!--", "-->", "word", "Accepted", "|", "or", "é"};

    private static String randomLine(Random r) {
        return RandomPieces.line(r, PIECES, 9);
    }

    @Test
    void everyLineWithAPlaceholderIsLetThrough() {
        for (String line : List.of("[Describe the context]", "`x` TODO", "**TBD**", "Decided on YYYY-MM-DD.",
                "{title of option 2}", "# n. Title", "#   NUMBER. TITLE", "# {number}. x", "# [number]. x")) {
            assertThat(Placeholders.find(PlaceholderTextRule.withoutCode(line))).as(line).isNotNull();
            assertThat(Placeholders.mayHold(line)).as(line).isTrue();
        }
        assertThat(Placeholders.mayHold("We keep the rate table in the database.")).isFalse();
        assertThat(Placeholders.mayHold("TO`x`DO and YYYY`-`MM-DD")).isFalse();
    }

    private static final String[] BLANKS = {"", " ", "  ", "\t", "\u000B", "\f", "\r", "\u00A0"};
    private static final String[] NUMBERS = {"n", "N", "NN", "NNN", "NNNN", "X", "XX", "XXX", "XXXX", "XXXXX", "xx",
        "xxx", "xxxx", "NUMBER", "number", "Number", "{number}", "[number]", "1", "nn", "x"};

    /** A heading near the adr-tools template's title: {@code #}, blanks, a number or a word, a dot, blanks, text. */
    private static String randomHeading(Random r) {
        return "#" + BLANKS[r.nextInt(BLANKS.length)] + BLANKS[r.nextInt(BLANKS.length)]
                + NUMBERS[r.nextInt(NUMBERS.length)] + (r.nextInt(4) > 0 ? "." : "") + BLANKS[r.nextInt(BLANKS.length)]
                + (r.nextBoolean() ? "Title" : randomLine(r));
    }

    @Test
    void randomLinesNeverHideAFinding() {
        int rounds = RandomPieces.rounds("adr.placeholder", 100_000);
        Random r = RandomPieces.random("adr.placeholder");
        int found = 0;
        int titles = 0;
        for (int i = 0; i < rounds; i++) {
            String line = i % 2 == 0 ? randomLine(r) : randomHeading(r);
            String text = PlaceholderTextRule.withoutCode(line);
            if (Placeholders.find(text) != null) {
                found++;
                assertThat(Placeholders.mayHold(line)).as("mayHold(%s)", line).isTrue();
            }
            for (String s : List.of(line, text)) {
                if (Placeholders.TITLE_PLACEHOLDER.matcher(s).matches()) {
                    titles++;
                    assertThat(Placeholders.mayBeTitlePlaceholder(s)).as("title prefilter of %s", s).isTrue();
                }
            }
        }
        assertThat(found).as("lines with a placeholder among the random ones").isGreaterThan(rounds / 50);
        assertThat(titles).as("title placeholders among the random ones").isGreaterThan(rounds / 20);
    }
}
