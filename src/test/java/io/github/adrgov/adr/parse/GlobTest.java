package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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

    /**
     * Plain patterns ({@code *} only, optionally under {@code **}{@code /}) are matched without their regex: on 20,000
     * random patterns and paths over a small alphabet (letters of two cases, non-ASCII, dots, dashes, slashes) the
     * two agree.
     */
    @Test
    void plainPatternsMatchAsTheirRegexDoes() {
        Random random = new Random(20261202);
        String alphabet = "aAbB.-/\u00e9\u00c9";
        String patternAlphabet = "aAbB.-\u00e9\u00c9**";
        int plainSeen = 0;
        int matchesSeen = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder pattern = new StringBuilder(random.nextBoolean() ? "**/" : "");
            for (int j = 0, n = 1 + random.nextInt(5); j < n; j++) {
                pattern.append(patternAlphabet.charAt(random.nextInt(patternAlphabet.length())));
            }
            StringBuilder path = new StringBuilder();
            for (int j = 0, n = 1 + random.nextInt(8); j < n; j++) {
                path.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String p = pattern.toString();
            Glob glob = Glob.of(p);
            boolean byRegex = Pattern.compile(Glob.toRegex(p), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(path).matches();
            assertThat(glob.matches(path.toString())).as("%s ~ %s", p, path).isEqualTo(byRegex);
            plainSeen += glob.isPlain() ? 1 : 0;
            matchesSeen += byRegex ? 1 : 0;
        }
        // the random patterns exercise the plain path, and both answers
        assertThat(plainSeen).isGreaterThan(5_000);
        assertThat(matchesSeen).isGreaterThan(500);
    }
}
