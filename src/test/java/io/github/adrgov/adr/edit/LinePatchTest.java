package io.github.adrgov.adr.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinePatchTest {

    private static LineText text(String s) throws EditException {
        return LineText.of(s.getBytes(StandardCharsets.UTF_8), "x.md");
    }

    private static String apply(LinePatch p, String s) throws EditException {
        return new String(p.apply(text(s)).toBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void replaceKeepsTheLinesOwnEndingAndEveryOtherByte() throws Exception {
        assertThat(apply(LinePatch.create().replace(2, "B"), "a\r\nb\rc\n")).isEqualTo("a\r\nB\rc\n");
    }

    @Test
    void insertedLinesTakeTheEndingOfTheirNeighbour() throws Exception {
        assertThat(apply(LinePatch.create().insertAfter(1, List.of("x", "y")), "a\r\nb\n"))
                .isEqualTo("a\r\nx\r\ny\r\nb\n");
        assertThat(apply(LinePatch.create().insertBefore(2, List.of("x")), "a\nb\r\n")).isEqualTo("a\nx\r\nb\r\n");
        assertThat(apply(LinePatch.create().insertAfter(0, List.of("x")), "a\r\n")).isEqualTo("x\r\na\r\n");
    }

    @Test
    void aFileWithoutTrailingNewlineStillHasNone() throws Exception {
        assertThat(apply(LinePatch.create().insertAfter(2, List.of("c")), "a\r\nb")).isEqualTo("a\r\nb\r\nc");
        assertThat(apply(LinePatch.create().insertBefore(3, List.of("c")), "a\nb")).isEqualTo("a\nb\nc");
        assertThat(apply(LinePatch.create().delete(2), "a\nb")).isEqualTo("a");
        assertThat(apply(LinePatch.create().replace(2, "B"), "a\nb")).isEqualTo("a\nB");
    }

    @Test
    void aFileWithTrailingNewlineKeepsIt() throws Exception {
        assertThat(apply(LinePatch.create().insertAfter(2, List.of("c")), "a\nb\n")).isEqualTo("a\nb\nc\n");
        assertThat(apply(LinePatch.create().delete(2), "a\nb\n")).isEqualTo("a\n");
        assertThat(apply(LinePatch.create().insertAfter(0, List.of("x")), "")).isEqualTo("x\n");
    }

    @Test
    void operationsNameLinesOfTheOriginal() throws Exception {
        LinePatch p = LinePatch.create().insertAfter(1, List.of("i")).replace(2, "B").delete(3).replace(4, "D");
        assertThat(apply(p, "a\nb\nc\nd\n")).isEqualTo("a\ni\nB\nD\n");
    }

    @Test
    void keepsTheBom() throws Exception {
        byte[] in = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n'};
        LineText out = LinePatch.create().insertAfter(0, List.of("x")).apply(LineText.of(in, "x.md"));
        assertThat(out.toBytes()).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '\n', 'a', '\n'});
    }

    @Test
    void aLineThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> LinePatch.create().replace(3, "x").apply(text("a\nb\n")))
                .isInstanceOf(EditException.class).hasMessage("line 3 does not exist (the file has 2 lines)");
        assertThatThrownBy(() -> LinePatch.create().replace(1, "x\ny")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinePatch.create().replace(1, "x").delete(1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyPatchChangesNothing() throws Exception {
        LinePatch p = LinePatch.create();
        assertThat(p.isEmpty()).isTrue();
        assertThat(apply(p, "a\r\nb")).isEqualTo("a\r\nb");
    }
}
