package io.github.adrgov.adr.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineTextTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(String s) {
        byte[] body = bytes(s);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    @Test
    void givesBackTheExactBytesOfMixedEndingsBomAndNoTrailingNewline() throws Exception {
        for (byte[] in : List.of(bytes(""), bytes("a"), bytes("a\n"), bytes("a\r\nb\rc\nd"), bytes("\n\n"),
                bytes("\r\r\n\r"), withBom("# T\r\n\r\nx"), withBom(""), bytes("\uFEFFnot a bom: text"),
                bytes("ünïcödé ✅\n"))) {
            assertThat(LineText.of(in, "x.md").toBytes()).isEqualTo(in);
        }
    }

    @Test
    void splitsLinesAsTheParserDoes() throws Exception {
        LineText t = LineText.of(withBom("# T\r\nb\rc\n\nd"), "x.md");
        assertThat(t.bom()).isTrue();
        assertThat(t.texts()).containsExactly("# T", "b", "c", "", "d");
        assertThat(t.ending(1)).isEqualTo("\r\n");
        assertThat(t.ending(2)).isEqualTo("\r");
        assertThat(t.ending(5)).isEmpty();
        assertThat(t.trailingNewline()).isFalse();
    }

    @Test
    void dominantEndingIsTheOneMostLinesUse() throws Exception {
        assertThat(LineText.of(bytes("a\r\nb\r\nc\n"), "x").dominantEnding()).isEqualTo("\r\n");
        assertThat(LineText.of(bytes("a\nb\r\n"), "x").dominantEnding()).isEqualTo("\n");
        assertThat(LineText.of(bytes("a"), "x").dominantEnding()).isEqualTo("\n");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        assertThatThrownBy(() -> LineText.of(new byte[] {'a', (byte) 0xFF, '\n'}, "docs/adr/0001-x.md"))
                .isInstanceOf(EditException.class)
                .hasMessage("docs/adr/0001-x.md: is not valid UTF-8, so it is not edited");
    }
}
