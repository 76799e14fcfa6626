package io.github.adrgov.adr.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    private static LineText text(String s) throws EditException {
        return LineText.of(s.getBytes(StandardCharsets.UTF_8), "x.md");
    }

    @Test
    void oneChangedLineWithThreeLinesOfContext() throws Exception {
        String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String b = "1\n2\n3\n4\nFIVE\n6\n7\n8\n9\n";
        assertThat(UnifiedDiff.of("docs/adr/x.md", text(a), text(b))).isEqualTo("""
                --- a/docs/adr/x.md
                +++ b/docs/adr/x.md
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +FIVE
                 6
                 7
                 8
                """);
    }

    @Test
    void twoDistantChangesAreTwoHunks() throws Exception {
        String a = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";
        String b = "A\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\n";
        assertThat(UnifiedDiff.of("x.md", text(a), text(b))).isEqualTo("""
                --- a/x.md
                +++ b/x.md
                @@ -1,4 +1,4 @@
                -a
                +A
                 b
                 c
                 d
                @@ -9,4 +9,4 @@
                 i
                 j
                 k
                -l
                +L
                """);
    }

    @Test
    void newFileAndMissingNewlineAtEnd() throws Exception {
        assertThat(UnifiedDiff.of("n.md", null, text("x\ny"))).isEqualTo("""
                --- /dev/null
                +++ b/n.md
                @@ -0,0 +1,2 @@
                +x
                +y
                \\ No newline at end of file
                """);
    }

    @Test
    void insertionAtTheEnd() throws Exception {
        assertThat(UnifiedDiff.of("x.md", text("a\nb\n"), text("a\nb\nc\n"))).isEqualTo("""
                --- a/x.md
                +++ b/x.md
                @@ -1,2 +1,3 @@
                 a
                 b
                +c
                """);
    }

    @Test
    void sameTextGivesNoDiff() throws Exception {
        assertThat(UnifiedDiff.of("x.md", text("a\r\n"), text("a\r\n"))).isEmpty();
    }

    @Test
    void aChangedLineEndingIsAChange() throws Exception {
        assertThat(UnifiedDiff.of("x.md", text("a\nb"), text("a\nb\n"))).isEqualTo("""
                --- a/x.md
                +++ b/x.md
                @@ -1,2 +1,2 @@
                 a
                -b
                \\ No newline at end of file
                +b
                """);
    }
}
