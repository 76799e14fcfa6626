package io.github.adrgov.adr.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.rules.Rule;
import io.github.adrgov.adr.rules.Rules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules page of the site is written from the catalogue. When the committed page differs from what the catalogue
 * writes (a rule was added or its documentation changed), this test writes the new page in place and fails, so
 * that the change shows in {@code git diff} and is committed with the rule.
 */
class RulesPageTest {

    static final Path PAGE = Path.of("src/site/markdown/rules.md");

    @Test
    void theCommittedRulesPageIsTheOneTheCatalogueWrites(@TempDir Path work) throws Exception {
        String fresh = RulesPage.render(Rules.all(), work);
        String committed = Files.isRegularFile(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
        if (!fresh.equals(committed)) {
            Files.createDirectories(PAGE.getParent());
            Files.writeString(PAGE, fresh, StandardCharsets.UTF_8);
        }
        assertThat(fresh.equals(committed))
                .as(PAGE + " was stale and has been rewritten from the Rule classes; review it (git diff) and commit it")
                .isTrue();
    }

    @Test
    void everyRuleHasItsSectionAndEveryFileExampleMakesItsRuleFire(@TempDir Path work) throws Exception {
        String page = RulesPage.render(Rules.all(), work);
        for (Rule r : Rules.all()) {
            assertThat(page).contains("\n## " + r.id() + "\n");
            Map<String, String> files = RulesPage.exampleFiles(r.example());
            if (!files.isEmpty()) {
                List<String> printed = RulesPage.printed(r, files, work.resolve("check"));
                assertThat(printed).as("what the build prints for the example of " + r.id()).isNotEmpty()
                        .allMatch(l -> l.contains(": [" + r.id() + "] "));
            }
        }
    }

    @Test
    void aRuleThatDocumentsNothingButItsDescriptionStillGetsASection(@TempDir Path work) throws Exception {
        Rule bare = new Rule() {
            @Override public String id() { return "brand-new-rule"; }
            @Override public io.github.adrgov.adr.result.Severity defaultSeverity() {
                return io.github.adrgov.adr.result.Severity.WARNING;
            }
            @Override public String description() { return "Something | new."; }
            @Override public void check(io.github.adrgov.adr.rules.RuleContext context) { }
        };
        String page = RulesPage.render(List.of(bare), work);
        assertThat(page).contains("| [brand-new-rule](#brand-new-rule) | warning | Something \\| new. |\n")
                .contains("## brand-new-rule\n\nDefault severity: **warning**.\n\nSomething | new.\n\n"
                        + "### Example\n\nNo example yet.\n\n### Configuration\n\n")
                .contains("<brand-new-rule>error</brand-new-rule>")
                .doesNotContain("### How to fix");
    }

    @Test
    void exampleFilesAreSplitAtTheirHeaders() {
        assertThat(RulesPage.exampleFiles("==> docs/adr/0001-a.md <==\n# 1. A\n==> docs/adr/0002-b.md <==\n# 2. B\n"))
                .containsExactly(Map.entry("docs/adr/0001-a.md", "# 1. A\n"), Map.entry("docs/adr/0002-b.md", "# 2. B\n"));
        assertThat(RulesPage.exampleFiles("With -Dadr.baseline=origin/main: ...")).isEmpty();
    }
}
