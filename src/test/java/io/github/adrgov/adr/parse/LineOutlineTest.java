package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LineOutline} reads a file's outline line by line without flexmark, and gives up on what it does not model.
 * Whatever it reads must be what flexmark reads: every test here compares the two, on fixtures of each construct it
 * reads (which it must not give up on), on fixtures it must give up on, on random Markdown, and on the shared corpus.
 */
class LineOutlineTest {

    /** What an outline says, line by line, for comparing two. */
    static String describe(MarkdownOutline o, int lineCount) {
        StringBuilder sb = new StringBuilder();
        for (MarkdownOutline.HeadingInfo h : o.headings()) {
            sb.append("heading ").append(h).append('\n');
        }
        for (MarkdownOutline.LinkInfo l : o.links()) {
            sb.append("link ").append(l).append('\n');
        }
        for (int i = 0; i <= lineCount + 1; i++) {
            if (o.isCode(i)) {
                sb.append("code ").append(i).append('\n');
            }
            if (o.isHtml(i)) {
                sb.append("html ").append(i).append('\n');
            }
        }
        for (MarkdownOutline.LinkInfo l : o.links()) {
            sb.append("ref ").append(l.text()).append(" -> ").append(o.reference(l.text())).append('\n');
        }
        return sb.toString();
    }

    private static List<String> lines(String text) {
        return SourceText.of(text).lines();
    }

    /** Null when the line reader gives up; else asserts it agrees with flexmark and returns its description. */
    private static String agree(String text, int bodyStart) {
        List<String> lines = lines(text);
        MarkdownOutline fast = LineOutline.scan(lines, bodyStart);
        if (fast == null) {
            return null;
        }
        String expected = describe(MarkdownOutline.parseWithFlexmark(lines, bodyStart), lines.size());
        assertThat(describe(fast, lines.size())).as("outline of:\n%s", text).isEqualTo(expected);
        return expected;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# Title\n\n## Status\n\nAccepted\n\n## Context\n\nSome text.\n",
        "# ADR-1: Use X #\n\n### Decision ###\n\n#### Closing ## text ##\n\n# \n\n#\n\n## # \n",
        "#hashtag is text\n####### seven is text\n",
        "Title\n=====\n\nSub\n---\n\ntext\n- \n",
        "Two line\nsetext title\n===\n",
        "text\n\n---\n\n***\n\n_ _ _\n\nafter\n",
        "**Status**: Accepted\n**Date**: 2020-01-01\n\n*emphasis* line\n",
        "```java\ncode [a](b)\n# not a heading\n```\n\ntext\n",
        "~~~\ncode\n~~~~\n\n````\n```\nstill code\n````\n",
        "```\nunclosed\n\n# no heading\n",
        "  ```\n  indented fence\n  ```\n",
        "text\n```\nfence interrupts\n```\n# after\n",
        "text\n\n    indented code\n    more\n\n    after blank\n\ntext again\n",
        "# H\n    code after heading\n",
        "para\n    continuation, not code\n",
        "<!-- a comment -->\n\n<!--\nmulti [a](b)\nline\n-->\n\ntext\n",
        "<!-- unclosed\n\n# not heading\n",
        "- one\n- two [link](two.md)\n- three\n\n1. a\n2. b\n3. c\n",
        "* item\n  continued\nlazy\n\n  para in item\n\nafter list\n",
        "- a\n  - nested\n    - deeper [x](y.md)\n- b\n",
        "+ plus item\n\n10) ten\n11) eleven\n",
        "> quoted [ADR-1](0001-a.md)\n> more\nlazy line\n\n> second\n>\n> para two\n",
        "text\n> quote interrupts\n",
        "See [ADR-2](0002-b.md) and ![img](pic.png) and [empty]().\n",
        "[a](b \"title\") [c](d 'e') [f](g (h)) [i]( j )\n",
        "[nested parens](a(b)c) and [x](y#frag) and [q](p?x=1)\n",
        "`[not](link)` and ``[still `not`](x)`` but [yes](y)\n",
        "\\[escaped](x) \\![img] [real](r) !\\[x](y)\n",
        "[shortcut] and [full][ref] and [collapsed][] text\n\n[ref]: https://example.com\n",
        "[ref]: http://a.example 'Title'\n[other]: /path (paren title)\n\nuse [ref] [other]\n",
        "[dup]: one\n[DUP]: two\n[Spaced  Label]: three\n",
        "# Heading with [a link](x.md)\n\nText\n",
        "unclosed [bracket text\n\nand ] stray\n",
        "line one\n[not a def]: x\n",
        "1. one\n1. one again\n\n- [ ] task\n- [x] done\n",
        "text\n1. interrupts\n",
        "| a | b |\n|---|---|\n| [c](d) | e |\n",
        "trailing  \nhard break\\\nend\n",
        "[link](a.md)\n===\n",
        "text\n<!-- a comment interrupts -->\nmore\n",
        "- item\n<!-- ends the list -->\n",
        "a [wrapped\nlink text](z) b and [one\n  indented](y)\n",
        "see <https://a.example/b> and <https://b.example> beside [l](m), [a [b](c)](d)\n",
        "# [Superseded by [ADR-1](0001-a.md)] Title\n",
        "[![badge](https://img.example/b.svg)](https://ci.example)\n",
        "[a [b](c) d](e) and ![alt [l](m) x](i.png)\n",
        "[^1]: a footnote, which is no definition\n",
        "* Option\n\n    * Good, because nested four deep\n    * Bad\n\n* Next\n",
        "- a\n  ```java\n  code\n\n  more\n  ```\n- b\n\n1. c\n\n   ```\n   code\n   ```\n",
    })
    void readsWhatFlexmarkReads(String text) {
        assertThat(agree(text, 1)).as("the line reader gives up on:\n%s", text).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\tcode with a tab\n",
        "<div>\nhtml\n</div>\n",
        "- a\n  ```\n  x\nends the item\n  ```\n",
        "- a\n  <!-- indented in an item -->\n",
        "> > nested\n",
        "- # heading in item\n",
        "- ```\n  code\n  ```\n",
        "-\n  starts blank\n",
        "-      five spaces\n",
        "text\n2. two\n",
        "- item\n\n      code in item\n",
        "[label]:\n  /url\n",
        "[label]: /url\n\"title\"\n",
        "> [a\n> b](c)\n",
        "[a [b] c](d)\n",
        "[a](b\nc)\n",
        "[a](<b c>)\n",
        "[a](b\\)c)\n",
        "[a][b](c)\n",
        "see <me@b.example> [a](b)\n",
        "[a <span> b](c)\n",
        "[a](b c)\n",
        "> quote\n---\n",
        "~~~ ~~~\n",
        "text with \u0000 nul\n",
    })
    void givesUpOnWhatItDoesNotRead(String text) {
        assertThat(LineOutline.scan(lines(text), 1)).as("outline of:\n%s", text).isNull();
    }

    @Test
    void frontMatterLinesAreBlank() {
        String text = "---\ntitle: x\n# not a heading\n---\n# Title\n\n[a](b)\n";
        assertThat(agree(text, 5)).contains("heading HeadingInfo[level=1, line=5").doesNotContain("line=3");
    }

    @Test
    void aLongTableIsReadAsFlexmarkReadsIt() {
        String table = "| table | row |\n" + "| a long table row, far longer than most | with [a link](x.md) |\n".repeat(150);
        assertThat(agree(table, 1)).isNotNull().contains("line=151");
    }

    @Test
    void longParagraphsAndLinesGoToFlexmark() {
        String longLine = "word ".repeat(MarkdownBounds.MAX_LINE / 5 + 1);
        assertThat(LineOutline.scan(lines(longLine + "\n"), 1)).isNull();
        String manyLines = "line\n".repeat(MarkdownBounds.MAX_RUN_LINES + 1);
        assertThat(LineOutline.scan(lines(manyLines), 1)).isNull();
        assertThat(LineOutline.scan(lines("# " + "h".repeat(MarkdownBounds.MAX_HEADING) + "\n"), 1)).isNull();
    }

    /** How many random texts (more with {@code -Dadr.outline.rounds=N} when hunting for a disagreement). */
    private static final int ROUNDS = Integer.getInteger("adr.outline.rounds", 20_000);

    /** Random Markdown from the constructs above and their near misses: the reader agrees or gives up. */
    @Test
    void randomMarkdownAgreesOrGivesUp() {
        String[] pieces = {
            "# Title", "## Section ##", "###### six", "#nohash", "Text line.", "**Bold**: value", "*em* text",
            "", "", "", "---", "***", "===", "-", "--", "- item", "* item", "+ item", "1. one", "2. two", "1) paren",
            "  - nested", "    - deeper", "   indented text", "    code", "      more code", "> quote", ">", "> > deep",
            "```", "```js", "~~~", "````", "<!-- c -->", "<!--", "-->", "<div>", "[a](b.md)", "see [x](y \"t\") end",
            "![i](p.png)", "[r]: http://r", "[r] and [s][r]", "`code [a](b)`", "``", "`", "[open", "close]", "\\[x](y)",
            "[a](b(c))", "[a]()", "| t | [l](m) |", "text  ", "[x]: /u 'title'", "\"title\"", "[", "]", "](", "![",
            "  ```", "   # three", "- [ ] box", "10. ten", "- `c`", "> [q](r)", "-- x", "___", "* * *",
            "text\twith tab", "  [r]: /indented", "[l]: <a>", "[l]: a \"t\" x", "[l]:", "[l]: a\\b", " 1. one",
            "  2. two", "   3. three", "1.", "- - -", ">text", ">  two", "[![i](a)](b)", "[a `]` b](c)", "`a` [b](c) `d",
            "[a](b \"c)", "[a](b 'c') x", "[a] (b)", "[a]\t(b)", "#\ttab", "# [h](x) #", "\\[a](b)", "[\\]](x)",
            "[a](b)[c](d)", "**[a](b)**", "*a [b](c)*", "[a](#)", "[a](b)!", "!", "!!![i](j)", "     five", "\u00a0nbsp",
            "<!-- x --> after", "<!---->", "<!-- a -- b -->", "-->", "***bold***", "+++", "1)", "2)", "=", "= =",
            "more](u.md)", "  indented](v)", "<https://a.b/c>", "<x@y.z>", "<span>", "a <b> c", "[![b](i.svg)](l)",
            "[a [b](c) d](e)", "[a [b] c](d)", "[^1]: note text", "[^1]", "    * nested four", "      - six",
            "  ```java", "   ```", "  text two", "   - three", "[a <https://x]> b](c)", "![a [b](c) d](e)",
            "[a](b) [c [d](e)](f)", "- <!-- c -->", "> <!-- c -->", "  <!-- c -->", "    ```",
        };
        Random random = new Random(Long.getLong("adr.outline.seed", 20261202L));
        int read = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int n = 1 + random.nextInt(12);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String p = pieces[random.nextInt(pieces.length)];
                if (random.nextInt(6) == 0) {
                    p = p + " " + pieces[random.nextInt(pieces.length)];
                }
                sb.append(p).append('\n');
            }
            if (agree(sb.toString(), 1) != null) {
                read++;
            }
        }
        // most random texts are read, so the comparison above is not vacuous
        assertThat(read).isGreaterThan(ROUNDS / 3);
    }

    /** Every Markdown file of the shared corpus (when this machine has it): the reader agrees or gives up. */
    @Test
    void corpusOutlinesAgree() throws IOException {
        List<Path> files = corpusMarkdownFiles();
        int read = 0;
        for (Path f : files) {
            if (FileDecoder.read(f).problem() != null) {
                continue;
            }
            String text = Files.readString(f);
            FrontMatter fm = FrontMatterReader.read(SourceText.of(text));
            if (agree(text, fm.present() ? fm.endLine() + 1 : 1) != null) {
                read++;
            }
        }
        System.out.printf("LineOutline: %d of %d corpus files read without flexmark%n", read, files.size());
        assertThat(read).isGreaterThan(files.size() / 2);
    }

    /** Every Markdown file of the shared corpus, sorted; the test is skipped on a machine without the corpus. */
    static List<Path> corpusMarkdownFiles() throws IOException {
        Path corpus = Path.of("../shared/corpus"); // beside the clone, as on developer machines
        assumeTrue(Files.isDirectory(corpus), "corpus not on this machine");
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
