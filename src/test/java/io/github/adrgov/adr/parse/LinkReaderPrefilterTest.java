package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The prose scans pass over a line without a regular expression when it holds no word their phrases start with; the
 * check must let through every casing the phrases match, wherever the word stands, and nothing that decides a match.
 */
class LinkReaderPrefilterTest {

    private static final LinkReader.Stems SUPERSEDE = LinkReader.SUPERSEDE_STEMS;
    private static final LinkReader.Stems AMEND = LinkReader.AMEND_STEMS;

    @Test
    void everyCasingAndPlaceOfAStemIsLetThrough() {
        assertThat(LinkReader.mayHold("Superseded by ADR-4", SUPERSEDE)).isTrue();
        assertThat(LinkReader.mayHold("this SUPERCEDES adr 3", SUPERSEDE)).isTrue();
        assertThat(LinkReader.mayHold("**Replaced** by [5](0005-x.md)", SUPERSEDE)).isTrue();
        assertThat(LinkReader.mayHold("we rePlace it", SUPERSEDE)).isTrue();
        assertThat(LinkReader.mayHold("replace", SUPERSEDE)).as("the whole line").isTrue();
        assertThat(LinkReader.mayHold("Amended by ADR-7", AMEND)).isTrue();
        assertThat(LinkReader.mayHold("it AMENDS 0002", AMEND)).isTrue();
    }

    @Test
    void aLineWithoutTheWordsIsPassedOver() {
        assertThat(LinkReader.mayHold("We keep the rate table in the database.", SUPERSEDE)).isFalse();
        assertThat(LinkReader.mayHold("super seded, re place", SUPERSEDE)).isFalse();
        assertThat(LinkReader.mayHold("replac", SUPERSEDE)).as("cut at the end").isFalse();
        assertThat(LinkReader.mayHold("Superseded by ADR-4", AMEND)).isFalse();
        assertThat(LinkReader.mayHold("", SUPERSEDE)).isFalse();
    }

    /** The scans as they were written before they used the JDK's indexOf: the oracle of the random test below. */
    private static boolean holdsByScan(String s, LinkReader.Stems stems) {
        int key = stems.key();
        char k = stems.words()[0].charAt(key);
        for (int i = key; i < s.length(); i++) {
            if ((s.charAt(i) | 0x20) != k) {
                continue;
            }
            for (String stem : stems.words()) {
                if (i - key + stem.length() <= s.length() && s.regionMatches(true, i - key, stem, 0, stem.length())
                        && s.substring(i - key, i - key + stem.length()).chars().allMatch(c -> c < 128)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mentionByScan(String s) {
        boolean digit = false;
        boolean adr = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if ((c == 'a' || c == 'A') && i + 2 < s.length() && (s.charAt(i + 1) | 0x20) == 'd'
                    && (s.charAt(i + 2) | 0x20) == 'r') {
                adr = true;
            }
        }
        return digit && adr;
    }

    private static final String[] PIECES = {"a", "A", "d", "D", "r", "R", "dr", "adr", "ADR", "Adr", "aDr", "7", "0",
        "9", " ", "-", "super", "sed", "SUPERSED", "superced", "replac", "REPLACE", "e", "p", "P", "amend", "AMEND",
        "am", "end", "m", "M", "x", "\u0130", "\u212A", "\u00E9"};

    @Test
    void randomLinesGiveWhatTheScansGave() {
        int rounds = io.github.adrgov.adr.RandomPieces.rounds("adr.prefilter", 100_000);
        java.util.Random r = io.github.adrgov.adr.RandomPieces.random("adr.prefilter");
        int held = 0;
        int mentioned = 0;
        for (int i = 0; i < rounds; i++) {
            String line = io.github.adrgov.adr.RandomPieces.line(r, PIECES, 9);
            for (LinkReader.Stems stems : new LinkReader.Stems[] {SUPERSEDE, AMEND}) {
                boolean expected = holdsByScan(line, stems);
                held += expected ? 1 : 0;
                assertThat(LinkReader.mayHold(line, stems)).as("mayHold(%s)", line).isEqualTo(expected);
            }
            boolean expected = mentionByScan(line);
            mentioned += expected ? 1 : 0;
            assertThat(LinkReader.mayMention(line)).as("mayMention(%s)", line).isEqualTo(expected);
        }
        assertThat(held).isGreaterThan(rounds / 20);
        assertThat(mentioned).isGreaterThan(rounds / 20);
    }
}
