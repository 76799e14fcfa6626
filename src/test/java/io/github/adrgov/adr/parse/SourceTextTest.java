package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A file's text cut into lines: LF, CRLF and CR end a line, a final line end adds no empty line, a BOM is dropped. */
class SourceTextTest {

    @Test
    void linesEndAtEveryKindOfLineEnd() {
        assertThat(SourceText.of("a\nb\r\nc\rd").lines()).containsExactly("a", "b", "c", "d");
        assertThat(SourceText.of("\uFEFFa\n\nb\n").lines()).containsExactly("a", "", "b");
        assertThat(SourceText.of("").lines()).isEmpty();
        assertThat(SourceText.of("\n").lines()).containsExactly("");
    }

    /** The LF-only fast path and the general one agree with a plain split on 20,000 random texts. */
    @Test
    void randomTextsSplitAsARegexSplitDoes() {
        Random random = new Random(20261202);
        String alphabet = "ab \n\n\r\u00e9";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "");
            for (int j = 0, n = random.nextInt(12); j < n; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertThat(SourceText.of(text).lines()).as("%s", text.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(reference(text));
        }
    }

    private static List<String> reference(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(t.split("\r\n|\r|\n", -1)));
        if (t.endsWith("\n") || t.endsWith("\r")) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
