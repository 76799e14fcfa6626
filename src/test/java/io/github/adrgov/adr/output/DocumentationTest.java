package io.github.adrgov.adr.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentationTest {

    @Test
    void linksComeFromTheProjectUrlThatTheBuildWrote() throws Exception {
        // the pom's project.url, filtered into documentation.properties by the build (not the fallback by accident)
        java.util.Properties written = new java.util.Properties();
        try (var in = Documentation.class.getResourceAsStream("documentation.properties")) {
            written.load(in);
        }
        assertThat(written.getProperty("site")).isEqualTo("https://adrgov.github.io/adr-maven-plugin/");
        assertThat(Documentation.site()).isEqualTo("https://adrgov.github.io/adr-maven-plugin/");
        assertThat(Documentation.rule("number-gap"))
                .isEqualTo("https://adrgov.github.io/adr-maven-plugin/rules.html#number-gap");
        assertThat(Documentation.ciGuide()).isEqualTo("https://adrgov.github.io/adr-maven-plugin/ci.html");
    }

    @Test
    void anUnfilteredOrMissingValueFallsBackAndASlashIsAdded() {
        assertThat(Documentation.normalise("${project.url}")).isEqualTo(Documentation.FALLBACK);
        assertThat(Documentation.normalise(null)).isEqualTo(Documentation.FALLBACK);
        assertThat(Documentation.normalise("https://example.org/adr")).isEqualTo("https://example.org/adr/");
    }
}
