package io.github.adrgov.adr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An ADR without its text keeps every other value it had: the copy shares them, and misses none. */
class AdrWithLinesFromTest {

    @Test
    void everyValueButTheLinesIsKept() {
        // every field of the model set to a value other than its default, so that a field the copy forgets shows
        Adr a = Adr.builder("docs/adr/0007-use-x.md").id("0007-use-x").fileNumber("0007").titleNumber(7)
                .title("Use X", 3).status(StatusCategory.ACCEPTED, "Accepted", 5)
                .date("2024-01-15", LocalDate.of(2024, 1, 15), 6).dateWithoutColon(true)
                .field("Deciders", "Ann", 7)
                .section(new Section("Context", 2, 9, 11, "Why."))
                .link(LinkKind.SUPERSEDES, "ADR 3", "0003-use-y.md", 3, 5)
                .dialect(Dialect.NYGARD, "a ## Status section")
                .problem("odd", 4)
                .bodyStartLine(2)
                .lines(List.of("---", "x: y", "# 7. Use X"))
                .build();

        Adr copy = a.withLinesFrom(() -> List.of("read again"));

        assertThat(copy).usingRecursiveComparison().ignoringFields("lines", "lineSource").isEqualTo(a);
        assertThat(copy.number()).isEqualTo(7);
        assertThat(copy.lines()).containsExactly("read again");
        assertThat(a.lines()).containsExactly("---", "x: y", "# 7. Use X");
    }

    @Test
    void theLinesGivenAreKeptAsTheyWereWhenGiven() {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>(List.of("# 1. A"));
        Adr.Builder b = Adr.builder("docs/adr/0001-a.md").id("0001-a").lines(lines);
        lines.add("changed after");
        Adr a = b.build();
        assertThat(a.lines()).containsExactly("# 1. A");
        assertThat(a.toBuilder().build().lines()).containsExactly("# 1. A");
    }
}
