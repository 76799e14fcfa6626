package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.Problem;
import io.github.adrgov.adr.model.Section;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Input built to make the parser hang or crash (found by a security review): each case is read in bounded time, and
 * what is read is still right. The timeouts are generous guards against a hang (each case took minutes before), not
 * speed assertions.
 */
class HostileInputTest {

    private static final Duration HANG = Duration.ofSeconds(60);

    private final AdrParser parser = new AdrParser(StatusVocabulary.defaults());

    private Adr parse(String name, String text) {
        String stem = name.replace(".md", "");
        return assertTimeoutPreemptively(HANG, () -> parser.parse("docs/adr/" + name, stem, text));
    }

    @Test
    void longTitleOfUnclosedEmphasisIsCut() {
        Adr a = parse("0001-x.md", "# " + "_a ".repeat(40_000) + "\n\n## Status\n\nAccepted\n");
        assertThat(a.title()).startsWith("_a _a _a").endsWith("\u2026");
        assertThat(a.title().length()).isLessThanOrEqualTo(Markup.MAX_INLINE + 1);
        assertThat(a.status().orElseThrow().text()).isEqualTo("Accepted");
    }

    @Test
    void emphasisScannerRemovesTheSameMarksAsThePatternItReplaces() {
        Pattern old = Pattern.compile("(?<![\\w*])([*_])(?!\\s)(.+?)(?<!\\s)\\1(?![\\w*])");
        Random r = new Random(8);
        String alphabet = "*_ a1\t\n.é";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(24);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(Markup.emphasis(s)).as("emphasis of [%s]", s).isEqualTo(old.matcher(s).replaceAll("$2"));
        }
        assertThat(Markup.plain("An *important* and _quiet_ choice, snake_case kept")).isEqualTo(
                "An important and quiet choice, snake_case kept");
    }

    @Test
    void statusNamingThousandsOfTargetsReadsTheFirstOnes() {
        String list = "ADR-0001, ".repeat(5_000);
        Adr nygard = parse("0002-y.md", "# 2. Y\n\n## Status\n\nSuperseded by " + list + "\n\n## Context\n\nc\n");
        assertThat(nygard.links(LinkKind.SUPERSEDED_BY)).hasSizeBetween(1, LinkReader.MAX_TARGETS)
                .allSatisfy(l -> assertThat(l.targetNumber()).isEqualTo(1));
        assertThat(nygard.sections()).extracting(Section::heading).contains("Context");

        Adr template = parse("0002-y.md", "# ADR-002: Y\n\n**Status**: Superseded by " + list + "\n");
        assertThat(template.links(LinkKind.SUPERSEDED_BY)).extracting(AdrLink::targetNumber).isNotEmpty()
                .containsOnly(1);
        assertThat(template.links(LinkKind.SUPERSEDED_BY).size()).isLessThanOrEqualTo(LinkReader.MAX_TARGETS);
    }

    @Test
    void hugeParagraphOfEmphasisAndLinksIsRead() {
        String para = "*em* [a](b) ".repeat(60_000);
        Adr a = parse("0003-z.md", "# 3. Z\n\n" + para + "\n\n## Status\n\nAccepted\n");
        assertThat(a.title()).isEqualTo("Z");
        assertThat(a.status().orElseThrow().line()).isEqualTo(7);

        String lines = "*em* [a](b)\n".repeat(20_000);
        Adr b = parse("0003-z.md", "# 3. Z\n\n" + lines + "\n## Status\n\nAccepted\n");
        assertThat(b.status().orElseThrow().line()).isEqualTo(20_006);
    }

    @Test
    void headingOfManySpacesIsRead() {
        Adr a = parse("0004-w.md", "# 4. W\n\n##" + " ".repeat(100_000) + "Context" + " ".repeat(100_000) + "\n\nc\n");
        assertThat(a.sections()).extracting(Section::heading, Section::line)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Context", 3));
    }

    @Test
    void deepNestingKeepsLineNumbers() {
        String deep = "- ".repeat(600) + "item\n" + "> ".repeat(1_000) + "quote\n";
        Adr a = parse("0005-v.md", "# 5. V\n\n" + deep + "\n## Status\n\nAccepted\n");
        assertThat(a.status().orElseThrow().line()).isEqualTo(8);
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void recursiveYamlAliasIsOneProblemAndTheRestIsRead() {
        Adr a = parse("0006-u.md", "---\nstatus: accepted\nr: &r [*r]\ndate: 2024-01-02\n---\n# U\n\n## Context\n\nc\n");
        assertThat(a.problems()).extracting(Problem::message, Problem::line).containsExactly(
                org.assertj.core.api.Assertions.tuple("Front matter is not valid YAML: the value of \"r\" refers to"
                        + " itself or is nested more than 32 levels deep", 3));
        assertThat(a.title()).isEqualTo("U");
        assertThat(a.status().orElseThrow().text()).isEqualTo("accepted");
        assertThat(a.dateText()).isEqualTo("2024-01-02");
    }

    @Test
    void deepYamlIsOneProblem() {
        Adr a = parse("0006-u.md", "---\nstatus: accepted\ndeep: " + "[".repeat(200) + "]".repeat(200) + "\n---\n# U\n");
        assertThat(a.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("Front matter is not valid YAML"));
        assertThat(a.title()).isEqualTo("U");
    }

    @Test
    void frontMatterLineOfManyBlanksIsRead() {
        // found by the fuzz harness: the key pattern backtracked over the blanks
        Adr a = parse("0006-u.md", "---\nstatus: accepted\n-" + " ".repeat(50_000) + "\n---\n# U\n");
        assertThat(a.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("Front matter is not valid YAML"));
        assertThat(a.title()).isEqualTo("U");
    }

    @Test
    void unterminatedFrontMatterIsSaid() {
        Adr a = parse("0007-t.md", "---\nstatus: accepted\n\n# 7. T\n\n## Context\n\nc\n");
        assertThat(a.problems()).extracting(Problem::message, Problem::line).containsExactly(
                org.assertj.core.api.Assertions.tuple(
                        "Front matter opened by --- on line 1 is never closed by a line of ---", 1));
        assertThat(a.title()).isEqualTo("T");
    }

    @Test
    void boundsCutOnlyWhatIsOutOfBounds() {
        String ordinary = "# T\n\n- a\n  - b\n\n> q\n\ntext  \n";
        assertThat(MarkdownBounds.bounded(ordinary)).isEqualTo(ordinary);
        String deep = MarkdownBounds.bounded("- ".repeat(100) + "x");
        assertThat(deep).isEqualTo("- ".repeat(MarkdownBounds.MAX_NESTING) + "x");
        assertThat(MarkdownBounds.bounded("a" + " ".repeat(500) + "b")).isEqualTo("a" + " ".repeat(64) + "b");
        String para = "w\n".repeat(MarkdownBounds.MAX_RUN_LINES + 1);
        assertThat(MarkdownBounds.bounded(para)).isEqualTo("w\n".repeat(MarkdownBounds.MAX_RUN_LINES) + "\nw\n");
        String code = "```\n" + ("x" + " ".repeat(100) + "y\n").repeat(300) + "```\n";
        assertThat(MarkdownBounds.bounded(code)).isEqualTo(code);
        String table = "| a | b |\n|---|---|\n" + "| 1 | 2 |\n".repeat(300);
        assertThat(MarkdownBounds.bounded(table)).isEqualTo(table);
    }

    /**
     * A heading is cut at {@link MarkdownBounds#MAX_HEADING} characters (fuzz input #95 of seed 20261201: a heading
     * of 38,000 characters of links, whose id flexmark makes in time quadratic in its length); a setext heading's text
     * longer than that stays a paragraph. Ordinary headings and text are left as written.
     */
    @Test
    void headingsAreCutShorterThanOtherLines() {
        String links = "*em* [a](b) ".repeat(800);
        String cut = MarkdownBounds.bounded("## " + links + "\n\ntext\n");
        assertThat(cut).isEqualTo("## " + links.substring(0, MarkdownBounds.MAX_HEADING - 3) + "\n\ntext\n");
        assertThat(MarkdownBounds.bounded("   ###### " + links)).hasSize(MarkdownBounds.MAX_HEADING);
        assertThat(MarkdownBounds.bounded(links)).hasSize(links.length()); // not a heading: the line bound only
        assertThat(MarkdownBounds.bounded("#hashtag " + links)).hasSize(9 + links.length());
        assertThat(MarkdownBounds.bounded(links + "\n===\n")).isEqualTo(links + "\n\n===\n");
        assertThat(MarkdownBounds.bounded(links + "\n  ---\n")).isEqualTo(links + "\n\n  ---\n");
        String ordinary = "## Context\n\nShort text\n---\nTitle\n=====\n# " + "t".repeat(900) + "\n";
        assertThat(MarkdownBounds.bounded(ordinary)).isEqualTo(ordinary);
        String code = "```\n" + links + "\n---\n```\n";
        assertThat(MarkdownBounds.bounded(code)).isEqualTo(code);
    }
}
