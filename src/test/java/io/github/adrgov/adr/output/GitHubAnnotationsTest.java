package io.github.adrgov.adr.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitHubAnnotationsTest {

    @Test
    void oneWorkflowCommandPerFindingWithEscaping() {
        assertThat(GitHubAnnotations.lines(OutputFixtures.result().findings(), "")).containsExactly(
                "::notice file=docs/adr/0001-use postgres.md,line=3,title=ADR future-date::The date 2099-01-01 is"
                        + " after today.",
                "::error file=docs/adr/0002-use-kafka.md,line=5,title=ADR broken-supersession::Status says"
                        + " \"Superseded by ADR-009\", but there is no ADR-009.",
                "::warning file=docs/adr/0002-use-kafka.md,line=9,title=ADR placeholder-text::Template text left:"
                        + " [Describe <the> context & \"why\"].",
                "::error file=docs/adr/0002-use-kafka.md,line=12,title=ADR modified-accepted::This ADR was accepted"
                        + " when this branch left origin/main and its text has changed.",
                "::warning file=docs/adr/0003-use-redis.md,title=ADR number-gap::Numbers 5, 6 are missing%0Afrom the"
                        + " sequence: 100%25 sure, a:b, c.",
                "::error file=docs/adr/0004-bad.md,title=ADR unreadable-file::Cannot read the file: not valid UTF-8"
                        + " at byte 12.");
    }

    @Test
    void propertiesEscapeColonsAndCommas() {
        assertThat(GitHubAnnotations.escapeProperty("a:b,c%d\r\ne")).isEqualTo("a%3Ab%2Cc%25d%0D%0Ae");
        assertThat(GitHubAnnotations.escapeData("a:b,c%d\r\ne")).isEqualTo("a:b,c%25d%0D%0Ae");
    }

    @Test
    void onByDefaultOnlyUnderGitHubActions() {
        assertThat(GitHubAnnotations.enabled("auto", Map.of("GITHUB_ACTIONS", "true"))).isTrue();
        assertThat(GitHubAnnotations.enabled(null, Map.of("GITHUB_ACTIONS", "true"))).isTrue();
        assertThat(GitHubAnnotations.enabled("auto", Map.of())).isFalse();
        assertThat(GitHubAnnotations.enabled("auto", Map.of("GITHUB_ACTIONS", "false"))).isFalse();
        assertThat(GitHubAnnotations.enabled("true", Map.of())).isTrue();
        assertThat(GitHubAnnotations.enabled("false", Map.of("GITHUB_ACTIONS", "true"))).isFalse();
        assertThatThrownBy(() -> GitHubAnnotations.enabled("yes", Map.of()))
                .hasMessage("adr.githubAnnotations is 'yes'; use auto, true or false");
    }

    @Test
    void pathsAreMadeRelativeToTheWorkspace() {
        Path ws = Path.of("/home/runner/work/repo/repo");
        assertThat(GitHubAnnotations.pathPrefix(ws.resolve("module-a"), Map.of("GITHUB_WORKSPACE", ws.toString())))
                .isEqualTo("module-a/");
        assertThat(GitHubAnnotations.pathPrefix(ws, Map.of("GITHUB_WORKSPACE", ws.toString()))).isEmpty();
        assertThat(GitHubAnnotations.pathPrefix(Path.of("/elsewhere"), Map.of("GITHUB_WORKSPACE", ws.toString())))
                .isEmpty();
        assertThat(GitHubAnnotations.pathPrefix(ws, Map.of())).isEmpty();
        assertThat(GitHubAnnotations.lines(OutputFixtures.result().findings(), "module-a/").get(1))
                .startsWith("::error file=module-a/docs/adr/0002-use-kafka.md,line=5,");
    }

    @Test
    void aBuildProblemWithoutAFileIsAnAnnotationToo() {
        assertThat(GitHubAnnotations.line(io.github.adrgov.adr.result.Severity.ERROR, "ADR baseline",
                "Ref 'origin/main' is missing: 100%,\nfetch it."))
                .isEqualTo("::error title=ADR baseline::Ref 'origin/main' is missing: 100%25,%0Afetch it.");
        assertThat(GitHubAnnotations.line(io.github.adrgov.adr.result.Severity.WARNING, "a:b", "m"))
                .isEqualTo("::warning title=a%3Ab::m");
    }
}
