package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.RandomPieces;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The checks that pass over a file name or a front-matter value before a regex gives the answer the regex alone
 * gives, on random texts made of what the regexes look for ({@code -Dadr.names.rounds=N} for more).
 */
class NamePrefilterTest {

    private static final String[] NAME_PIECES = {"0", "1", "2", "9", "19", "20", "2024", "01", "12", "13", "31", "-",
        "_", ".", " ", "a", "adr", "x"};

    @Test
    void dateNamedAsTheRegexesSay() {
        assertThat(NumberReader.isDateNamed("20240115-use-x")).isTrue();
        assertThat(NumberReader.isDateNamed("2024-01-15-use-x")).isTrue();
        assertThat(NumberReader.isDateNamed("2024-01-use-x")).isTrue();
        assertThat(NumberReader.isDateNamed("0001-use-x")).isFalse();
        assertThat(NumberReader.isDateNamed("20241315-x")).isFalse();
        int rounds = RandomPieces.rounds("adr.names", 100_000);
        Random r = RandomPieces.random("adr.names");
        int dated = 0;
        for (int i = 0; i < rounds; i++) {
            // half of them start as a dated name does, so that the regexes decide often
            String start = r.nextBoolean() ? "" : r.nextBoolean() ? "2024" : "1999";
            String name = start + RandomPieces.line(r, NAME_PIECES, 6);
            boolean expected = NumberReader.isDateNamedByRegex(name);
            assertThat(NumberReader.isDateNamed(name)).as("%s", name).isEqualTo(expected);
            dated += expected ? 1 : 0;
        }
        assertThat(dated).as("date-named among the random names").isGreaterThan(rounds / 200);
    }

    @Test
    void aLineBreakIsWhatRegexRFinds() {
        Pattern lineBreak = Pattern.compile("\\R");
        String[] pieces = {"a", " ", "\t", "\n", "\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\u00A0",
            "\u0009", "\u000E", "\u0084", "\u2027", "\u202A"};
        int rounds = RandomPieces.rounds("adr.names", 100_000);
        Random r = RandomPieces.random("adr.names");
        int breaks = 0;
        for (int i = 0; i < rounds; i++) {
            String s = RandomPieces.line(r, pieces, 4);
            boolean expected = lineBreak.matcher(s).find();
            assertThat(FrontMatter.hasLineBreak(s)).as("%s", s.chars().boxed().toList()).isEqualTo(expected);
            breaks += expected ? 1 : 0;
        }
        assertThat(breaks).isGreaterThan(rounds / 10);
        assertThat(breaks).isLessThan(rounds - rounds / 10);
    }
}
