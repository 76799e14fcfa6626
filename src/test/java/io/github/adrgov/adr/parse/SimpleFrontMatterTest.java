package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SimpleFrontMatter} reads one-line {@code key: value} front matter without SnakeYAML and gives up on the rest.
 * What it reads must be what SnakeYAML reads under the reader's schema: every test compares the two.
 */
class SimpleFrontMatterTest {

    private static String describe(FrontMatter fm) {
        StringBuilder lines = new StringBuilder();
        for (String key : fm.values().keySet()) {
            lines.append(key).append('@').append(fm.lineOf(key)).append(' ');
        }
        return fm.present() + " " + fm.startLine() + "-" + fm.endLine() + " " + fm.values() + " " + lines + fm.problem()
                + " " + fm.problemLine();
    }

    /** Whether the simple reader read it; asserts it agrees with SnakeYAML. */
    private static boolean agree(String text) {
        SourceText src = SourceText.of(text);
        List<String> lines = src.lines();
        int close = FrontMatterReader.closingLine(lines);
        boolean simple = close > 0 && lines.get(0).strip().equals("---") && SimpleFrontMatter.read(lines, 1, close) != null;
        assertThat(describe(FrontMatterReader.read(src))).as("front matter of:\n%s", text)
                .isEqualTo(describe(FrontMatterReader.readWithYaml(src)));
        return simple;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "---\nstatus: accepted\ndate: 2024-01-02\n---\n# T\n",
        "---\nstatus: \"superseded by [ADR-0020](0020-x.md)\"\ndecision-makers: Dara O'Neill, Hiro Tanaka\n---\n",
        "---\nStatus: Accepted\nstatus: proposed\n---\n",
        "---\ntitle: 'Use X'\nempty:\nspaced:    value with   inner  blanks   \n---\n",
        "---\nnumber: 0001\nflag: true\nnothing: null\ntilde: ~\n---\n",
        "---\nkey: a:b and a#b and {x} inside\n...\n",
        "---\nkey: \"\"\nother: ''\n---\n",
        "---\n# These are optional elements\nstatus: accepted\n# another comment\n---\n",
        "---\nauthors:\n  - \"Brighter Team\"\n  - 'Other'\ntags:\n- plain item\n- 2024-01-01\nafter: x\n---\n",
    })
    void readsWhatSnakeYamlReads(String text) {
        assertThat(agree(text)).as("the simple reader gives up on:\n%s", text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "---\n  # indented comment\nstatus: accepted\n---\n",
        "---\ntags:\n  - a\n   - b\n---\n",
        "---\ntags:\n  - name: Team\n---\n",
        "---\nstatus: accepted\n\n---\n",
        "---\nkey: [a, b]\n---\n",
        "---\nkey: \"esc\\\"aped\"\n---\n",
        "---\nkey: a: b\n---\n",
        "---\nkey: a #comment\n---\n",
        "---\nkey: &anchor x\n---\n",
        "---\nkey: value\nkey: again\n---\n",
        "---\n\"quoted\": key\n---\n",
        "---\nkey:value\n---\n",
        "---\nkey: >\n  folded\n---\n",
        "---\nkey:\ttab\n---\n",
    })
    void givesUpOnWhatItDoesNotRead(String text) {
        assertThat(agree(text)).as("read:\n%s", text).isFalse();
    }

    /** Random front matter from entries and near misses: the simple reader agrees or gives up. */
    @Test
    void randomFrontMatterAgreesOrGivesUp() {
        String[] keys = {"status", "Status", "date", "title", "decision-makers", "a_b", "x1", "-bad", "k y", "\"q\""};
        String[] values = {
            "", "accepted", "Accepted ", " spaced", "2024-01-02", "0001", "true", "null", "~", "\"quoted\"", "'single'",
            "\"\"", "''", "a, b", "O'Neill", "a:b", "a: b", "a #b", "a#b", "[x]", "{y}", "- item", "? q", "*ref", "&a x",
            "!tag x", "|", ">", "%p", "@at", "`tick`", "x:", "\"a\"b", "'a'b", "\"a\\nb\"", "'it''s'", "ü umlaut", "é",
            "\u00a0nbsp", "tab\tinside", "[ADR-1](0001-a.md)", "superseded by ADR-2", "#hash", ":colon", ",comma",
        };
        String[] others = {"", "# comment", "  - item", "  - \"q item\"", "- item", "   - odd", "  - a: b", "  -",
            "  indented", "---", "...", "key", "[a]", "#c", "  # c"};
        Random random = new Random(Long.getLong("adr.frontmatter.seed", 20261202L));
        int read = 0;
        int rounds = Integer.getInteger("adr.frontmatter.rounds", 20_000);
        for (int round = 0; round < rounds; round++) {
            StringBuilder sb = new StringBuilder("---\n");
            int n = 1 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                if (random.nextInt(5) == 0) {
                    sb.append(others[random.nextInt(others.length)]).append('\n');
                } else {
                    String v = values[random.nextInt(values.length)];
                    sb.append(keys[random.nextInt(keys.length)]).append(':').append(v.isEmpty() ? "" : " ").append(v)
                            .append('\n');
                }
            }
            sb.append("---\n# Title\n");
            if (agree(sb.toString())) {
                read++;
            }
        }
        assertThat(read).isGreaterThan(rounds / 20);
    }

    /** Every Markdown file of the shared corpus (when this machine has it). */
    @Test
    void corpusFrontMatterAgrees() throws IOException {
        List<Path> files = LineOutlineTest.corpusMarkdownFiles();
        int read = 0;
        int with = 0;
        for (Path f : files) {
            String text = FileDecoder.read(f).problem() != null ? null : Files.readString(f);
            if (text != null && text.startsWith("---")) {
                with++;
                read += agree(text) ? 1 : 0;
            }
        }
        System.out.printf("SimpleFrontMatter: %d of %d corpus files with front matter read without SnakeYAML%n", read, with);
    }
}
