package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.RandomPieces;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The readers of bold section headings and of {@code Key: value} lines pass over a line without a regex when a
 * cheap check says it cannot match: {@link SectionReader#boldStart} before {@link SectionReader#BOLD_HEADING}, and a
 * colon before {@link MetadataLine#KEY_LINE} (a {@code |} before splitting at {@link MetadataLine#PIPE}). Each check
 * must hold for every line the regex matches. Random lines are made of the pieces the patterns look for
 * ({@code -Dadr.prefilter.rounds=N} for more).
 */
class LinePrefilterTest {

    private static final String[] PIECES = {" ", "  ", "   ", "\t", "\u000B", "\f", "**", "__", "*", "_", ":",
        "\uFF1A", "Context", "Decision", "Status", "Date", "Deciders", "Considered Options", "accepted", "2024-01-02",
        " | ", "|", "> ", "- ", "+ ", "//", "x", "é", "\u0301"};

    @Test
    void boldHeadingsAreLetThrough() {
        assertThat(SectionReader.boldStart("**Context**")).isTrue();
        assertThat(SectionReader.boldStart("   __Decision:__")).isTrue();
        assertThat(SectionReader.boldStart("    **Context**")).as("four blanks: code").isFalse();
        assertThat(SectionReader.boldStart("We **decided** this.")).isFalse();
    }

    @Test
    void randomLinesNeverHideAMatch() {
        int rounds = RandomPieces.rounds("adr.prefilter", 100_000);
        Random r = RandomPieces.random("adr.prefilter");
        int bold = 0;
        int keys = 0;
        for (int i = 0; i < rounds; i++) {
            String line = RandomPieces.line(r, PIECES, 8);
            if (SectionReader.BOLD_HEADING.matcher(line).matches()) {
                bold++;
                assertThat(SectionReader.boldStart(line)).as("boldStart(%s)", line).isTrue();
            }
            if (line.indexOf('|') < 0) {
                assertThat(MetadataLine.PIPE.split(line)).as("split of %s", line).containsExactly(line);
            }
            for (String part : MetadataLine.PIPE.split(line)) {
                if (MetadataLine.KEY_LINE.matcher(part).matches()) {
                    keys++;
                    assertThat(part.indexOf(':') >= 0 || part.indexOf('\uFF1A') >= 0).as("colon in %s", part)
                            .isTrue();
                }
            }
        }
        assertThat(bold).as("bold headings among the random lines").isGreaterThan(rounds / 1000);
        assertThat(keys).as("key lines among the random lines").isGreaterThan(rounds / 20);
    }
}
