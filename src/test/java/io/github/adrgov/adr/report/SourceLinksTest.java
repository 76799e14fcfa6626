package io.github.adrgov.adr.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceLinksTest {

    private static final String FILE = "docs/adr/0001-use x.md";

    @Test
    void githubGitlabBitbucketAndOtherBrowsers() {
        assertThat(SourceLinks.of("https://github.com/o/r", FILE))
                .isEqualTo("https://github.com/o/r/blob/HEAD/docs/adr/0001-use%20x.md");
        assertThat(SourceLinks.of("https://github.com/o/r.git/", FILE))
                .isEqualTo("https://github.com/o/r/blob/HEAD/docs/adr/0001-use%20x.md");
        // the scm.url a child module inherits names its folder
        assertThat(SourceLinks.of("https://github.com/o/r/orders", FILE))
                .isEqualTo("https://github.com/o/r/blob/HEAD/orders/docs/adr/0001-use%20x.md");
        assertThat(SourceLinks.of("https://github.com/o/r/tree/main/orders", FILE))
                .isEqualTo("https://github.com/o/r/blob/main/orders/docs/adr/0001-use%20x.md");
        assertThat(SourceLinks.of("https://gitlab.com/g/sub/r", FILE))
                .isEqualTo("https://gitlab.com/g/sub/r/-/blob/HEAD/docs/adr/0001-use%20x.md");
        assertThat(SourceLinks.of("https://bitbucket.org/o/r", FILE))
                .isEqualTo("https://bitbucket.org/o/r/src/HEAD/docs/adr/0001-use%20x.md");
        assertThat(SourceLinks.of("https://git.example.org/cgit/r/tree", FILE))
                .isEqualTo("https://git.example.org/cgit/r/tree/docs/adr/0001-use%20x.md");
    }

    @Test
    void noLinkWithoutAnAddressABrowserOpens() {
        assertThat(SourceLinks.of(null, FILE)).isNull();
        assertThat(SourceLinks.of(" ", FILE)).isNull();
        assertThat(SourceLinks.of("scm:git:https://github.com/o/r.git", FILE)).isNull();
        assertThat(SourceLinks.of("javascript:alert(1)", FILE)).isNull();
    }
}
