package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The faster inline parser builds exactly the tree flexmark's own builds. */
class FastInlineParserTest {

    private static final Parser STOCK = Parser.builder(new MutableDataSet()).build();
    private static final Parser FAST = FastInlineParser.configure(Parser.builder(new MutableDataSet())).build();

    private static List<String> tree(Parser p, String text) {
        List<String> out = new ArrayList<>();
        for (Node n : p.parse(text).getDescendants()) {
            String extra = n instanceof Link l ? " url=" + l.getUrl() : n instanceof Image i ? " src=" + i.getUrl() : "";
            out.add(n.getClass().getSimpleName() + "[" + n.getStartOffset() + "," + n.getEndOffset() + "]" + extra);
        }
        return out;
    }

    @Test
    void sameTreeOnRichMarkdown() {
        String text = """
                # 1. Title with `code` and *emphasis*

                Date: 2024-01-01

                A paragraph with [a link](a.md "title"), ![an image](i.png), <https://example.org>, **bold**,
                _under_, `code [not](link.md)`, [ref link][r], [shortcut], an &amp; entity, a \\* escape and
                <span>html</span>. Autolink www.example.org and [broken]( link.

                > quote with [link](q.md)

                * list [item](l.md)
                  * nested `x`

                [r]: ref.md
                [shortcut]: short.md
                """;
        assertThat(tree(FAST, text)).isEqualTo(tree(STOCK, text)).isNotEmpty();
    }

    @Test
    void sameTreeOnRandomInline() {
        Random r = new Random(7);
        String alphabet = "[]()!<>`*_\\&#;: abc.md/\nhttp";
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 200; j++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            assertThat(tree(FAST, sb.toString())).isEqualTo(tree(STOCK, sb.toString()));
        }
    }
}
