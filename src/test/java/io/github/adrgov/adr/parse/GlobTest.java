package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest(name = "[{index}] {0} ~ {1} = {2}")
    @CsvSource({
        "**/*.md, 0001-x.md, true",
        "**/*.md, a/b/0001-x.md, true",
        "**/*.md, 0001-x.MD, true",
        "**/*.md, 0001-x.markdown, false",
        "*.md, a/0001-x.md, false",
        "README.md, README.md, true",
        "README.md, sub/README.md, false",
        "README.md, readme.md, true",
        "**/*-template.md, 0000-TEMPLATE.md, true",
        "**/*-template.md, NNNN-adr-template.md, true",
        "**/*-template.md, 0011-use-an-existing-templating-library.md, false",
        "**/*-template.md, adr-014-project-templates.md, false",
        "**/template.md, template.md, true",
        "**/template.md, sub/template.md, true",
        "drafts/, drafts/0001-x.md, true",
        "drafts/**, drafts/a/0001-x.md, true",
        "'{a,b}/*.md', b/x.md, true",
        "'{a,b}/*.md', c/x.md, false",
        "0?0?-x.md, 0102-x.md, true",
        "[0-9]*.md, 7-x.md, true",
        "[!0-9]*.md, 7-x.md, false",
    })
    void matches(String pattern, String path, boolean expected) {
        assertThat(Glob.of(pattern).matches(path)).isEqualTo(expected);
    }
}
