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
}
