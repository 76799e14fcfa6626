package io.github.adrgov.adr.rules;

import static io.github.adrgov.adr.rules.Fixtures.log;
import static io.github.adrgov.adr.rules.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.StatusCategory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderTextRuleTest {

    private static Adr body(String... lines) {
        return Adr.builder("docs/adr/0001-a.md").fileNumber("0001").title("A", 1).dialect(Dialect.MADR)
                .lines(List.of(lines)).build();
    }

    @Test
    void reportsEachUnfilledLineOnceWithTheTextFound() {
        Adr adr = body(
                "# A",
                "",
                "## Context and Problem Statement",
                "",
                "[Describe the context and problem statement, e.g., in free form using two to three sentences.]",
                "",
                "## Considered Options",
                "",
                "* [option 1]",
                "* {title of option 2} and {title of option 3}",
                "",
                "## Decision Outcome",
                "",
                "TBD",
                "Decided on YYYY-MM-DD.",
                "",
                "## Decision Drivers",
                "",
                "Startup time matters most.",
                "",
                "## Consequences",
                "",
                "The service starts in a second.",
                "",
                "## Validation",
                "",
                "A load test in the pipeline.",
                "",
                "## More Information",
                "",
                "The benchmark lives in the bench module.");

        assertThat(run(new PlaceholderTextRule(), log(adr))).containsExactly(
                "docs/adr/0001-a.md:5: [placeholder-text] Template text \"[Describe the context and problem statement, "
                        + "e.g., in free form using two to three sentences.]\" is left unfilled; replace it with the "
                        + "real content or remove it.",
                "docs/adr/0001-a.md:9: [placeholder-text] Template text \"[option 1]\" is left unfilled; replace it "
                        + "with the real content or remove it.",
                "docs/adr/0001-a.md:10: [placeholder-text] Template text \"{title of option 2}\" is left unfilled; "
                        + "replace it with the real content or remove it.",
                "docs/adr/0001-a.md:14: [placeholder-text] Template text \"TBD\" is left unfilled; replace it with the "
                        + "real content or remove it.",
                "docs/adr/0001-a.md:15: [placeholder-text] Template text \"YYYY-MM-DD\" is left unfilled; replace it "
                        + "with the real content or remove it.");
    }

    @Test
    void skipsCodeCommentsFrontMatterAndTheStatusAndDateLines() {
        Adr adr = Adr.builder("docs/adr/0001-a.md").title("A", 5).dialect(Dialect.MADR).bodyStartLine(5)
                .status(StatusCategory.OTHER, "{to be decided}", 2)
                .date("YYYY-MM-DD", null, 3)
                .lines(List.of(
                        "---",
                        "status: {to be decided}",
                        "date: YYYY-MM-DD",
                        "---",
                        "# A",
                        "Write dates as `YYYY-MM-DD`, and placeholders as `{short title of problem}`.",
                        "<!-- [Describe the context] -->",
                        "<!--",
                        "TODO",
                        "-->",
                        "```",
                        "[option 1]",
                        "{ some code here }",
                        "```",
                        "~~~~java",
                        "TBD",
                        "~~~~"))
                .build();

        assertThat(run(new PlaceholderTextRule(), log(adr))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We will use Architecture Decision Records, as [described by Michael Nygard](http://example.org).",
        "### [option 1] - Keep the replication inside the cluster",
        "The endpoint is `/items/{item_id}` and also /items/{id}/statements.",
        "Scopes are {admin, participant} and {provisioner, admin}.",
        "Set {#anchor} and {.class} attributes.",
        "| Meta | Text-to-sound | TBD | TBD |",
        "names to use (exact mechanism TBD.) Only the specified modules",
        "> *TODO: clarify this ambiguity in the spec.*",
        "See [Accepted] and [ADR 9] in the [notes][1].",
        "- [x] done, - [ ] open",
        "The notation {{ variable name }} is a Jinja expression.",
        "Math like $\\frac{a b}{c}$ stays.",
        "TODOs were tracked in the issue tracker.",
        "Use the phrase \"Maps to deliverable: #{issue number}\" in the milestone.",
    })
    void staysQuietOnRealProse(String line) {
        assertThat(Placeholders.find(PlaceholderTextRule.withoutCode(line))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[short title of solved problem and solution]",
        "* Good, because [argument a]",
        "Chosen option: \"[option 1]\", because [justification. e.g., only option, which meets k.o. criterion]",
        "* {decision driver 1, e.g., a force, facing concern, …}",
        "{ list everyone involved in the decision }",
        "- **TODO**",
        "TBD.",
        "[YYYY-MM-DD when the decision was last updated]",
        "* [e.g., compromising quality attribute, follow-up decisions required, …]",
        "* [example | description | pointer to more information | …]",
    })
    void findsTemplateText(String line) {
        assertThat(Placeholders.find(PlaceholderTextRule.withoutCode(line))).isNotNull();
    }

    @Test
    void fencedBlocksAreSkippedWhateverTheirIndentAndLength() {
        Adr adr = body(
                "# A",
                "  ```yaml",
                "  [Describe the context]",
                "  ``` not a closing line",
                "  {a phrase of words}",
                "  ```",
                "````",
                "```",
                "TODO",
                "````",
                "   ~~~",
                "TBD",
                "   ~~~",
                "[option 1]");

        List<String> found = run(new PlaceholderTextRule(), log(adr));

        assertThat(found).hasSize(1);
        assertThat(found.get(0)).startsWith("docs/adr/0001-a.md:14: [placeholder-text] Template text \"[option 1]\"");
    }
}
