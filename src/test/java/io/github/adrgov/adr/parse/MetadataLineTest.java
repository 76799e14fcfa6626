package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.CountingText;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataLineTest {

    @Test
    void readsTheKeysRealLogsWrite() {
        assertThat(MetadataLine.read("Date: 2025-01-15", 3)).extracting(MetadataLine::name, MetadataLine::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("date", "2025-01-15"));
        assertThat(MetadataLine.read("  > * **Status**: Accepted", 4)).singleElement()
                .satisfies(m -> {
                    assertThat(m.name()).isEqualTo("status");
                    assertThat(m.value()).isEqualTo("Accepted");
                    assertThat(m.bold()).isTrue();
                    assertThat(m.bullet()).isTrue();
                });
        assertThat(MetadataLine.read("- Deciders: Ann | Date: 2025-01-15", 5)).extracting(MetadataLine::name)
                .containsExactly("deciders", "date");
        assertThat(MetadataLine.read("   ", 6)).isEmpty();
        assertThat(MetadataLine.read("Just a sentence without a key.", 7)).isEmpty();
        assertThat(MetadataLine.read("\u72B6\u6001\uFF1A\u5DF2\u63A5\u53D7", 8)).as("a full-width colon")
                .extracting(MetadataLine::name, MetadataLine::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("status", "\u5DF2\u63A5\u53D7"));
    }

    /**
     * A line of blanks that is no metadata line (fuzz input #7192 of seed 20261202: 941 blanks) is rejected in one
     * pass over it. Backtracking between the leading quantifiers reads it once per split of the blanks, which is
     * quadratic (about a thousand times the length here).
     */
    @Test
    void aLongRunOfBlanksIsRejectedInOnePass() {
        for (String line : List.of(" ".repeat(2_000), " ".repeat(2_000) + ":", "> ".repeat(1_000) + " ".repeat(1_000),
                " ".repeat(1_000) + "- " + " ".repeat(1_000) + "**")) {
            CountingText text = new CountingText(line);
            assertThat(MetadataLine.KEY_LINE.matcher(text).matches()).isFalse();
            assertThat(text.reads()).as("characters read for a line of %d", line.length())
                    .isLessThanOrEqualTo(20L * text.length());
        }
    }
}
