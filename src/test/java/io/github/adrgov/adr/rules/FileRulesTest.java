package io.github.adrgov.adr.rules;

import static io.github.adrgov.adr.rules.Fixtures.log;
import static io.github.adrgov.adr.rules.Fixtures.nygard;
import static io.github.adrgov.adr.rules.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.UnreadableFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileRulesTest {

    @Test
    void unreadableFileNamesTheFileAndTheProblem() {
        var log = Fixtures.log(List.of(nygard("0001", "ok", "Accepted").build()),
                List.of(new UnreadableFile("docs/adr/0002-binary.md", "not valid UTF-8 at byte 17")), List.of());

        assertThat(run(new UnreadableFileRule(), log)).containsExactly(
                "docs/adr/0002-binary.md: [unreadable-file] The file cannot be read (not valid UTF-8 at byte 17); "
                        + "save it as UTF-8 text, or exclude it from the ADR directory.");
        assertThat(run(new UnreadableFileRule(), log(nygard("0001", "ok", "Accepted").build()))).isEmpty();
    }

    @Test
    void invalidFrontMatterReportsTheParsersProblemAtItsLine() {
        Adr broken = Adr.builder("docs/adr/0001-a.md").title("A", 5).dialect(Dialect.MADR).bodyStartLine(5)
                .problem("Front matter is not valid YAML: mapping values are not allowed here (line 2, column 9)", 2)
                .build();
        Adr fine = Adr.builder("docs/adr/0002-b.md").title("B", 1).dialect(Dialect.MADR).build();

        assertThat(run(new InvalidFrontMatterRule(), log(broken, fine))).containsExactly(
                "docs/adr/0001-a.md:2: [invalid-front-matter] Front matter is not valid YAML: mapping values are not "
                        + "allowed here (line 2, column 9)");
    }

    @Test
    void brokenFrontMatterIsTheOneCauseReported() {
        Adr broken = Adr.builder("docs/adr/0001-a.md").dialect(Dialect.MADR).bodyStartLine(5)
                .problem("Front matter is not valid YAML: unclosed flow sequence", 2).build();
        var log = log(broken);

        assertThat(run(new MissingStatusRule(), log)).isEmpty();
        assertThat(run(new MissingDateRule(), log)).isEmpty();
        assertThat(run(new MissingTitleRule(), log)).isEmpty();
        assertThat(run(new InvalidFrontMatterRule(), log)).containsExactly(
                "docs/adr/0001-a.md:2: [invalid-front-matter] Front matter is not valid YAML: unclosed flow sequence");
    }

    @Test
    void problemsOutsideTheFrontMatterAreReportedAsUnreadable() {
        Adr other = Adr.builder("docs/adr/0001-a.md").title("A", 1).bodyStartLine(1)
                .problem("Could not read the file as an ADR: java.lang.IllegalStateException: odd table", null).build();

        assertThat(run(new InvalidFrontMatterRule(), log(other))).isEmpty();
        assertThat(run(new UnreadableFileRule(), log(other))).containsExactly(
                "docs/adr/0001-a.md: [unreadable-file] Could not read the file as an ADR: "
                        + "java.lang.IllegalStateException: odd table");
    }

    @Test
    void missingTitleSuggestsTheHeadingOfTheDialect() {
        Adr nygardNoTitle = nygard("0003", "x", "Accepted").title(null, 0).build();
        Adr madrNoTitle = Adr.builder("docs/adr/0004-y.md").fileNumber("0004").dialect(Dialect.MADR).build();
        Adr templateNoTitle = Adr.builder("docs/adr/0005-z.md").fileNumber("0005").dialect(Dialect.TEMPLATE).build();

        assertThat(run(new MissingTitleRule(), log(nygardNoTitle, madrNoTitle, templateNoTitle))).containsExactly(
                "docs/adr/0003-x.md: [missing-title] The ADR has no title; start it with a heading such as \"# 3. Title\".",
                "docs/adr/0004-y.md: [missing-title] The ADR has no title; start it with a heading such as \"# Title\".",
                "docs/adr/0005-z.md: [missing-title] The ADR has no title; start it with a heading such as "
                        + "\"# ADR-0005: Title\".");
        assertThat(run(new MissingTitleRule(), log(nygard("0001", "ok", "Accepted").build()))).isEmpty();
    }
}
