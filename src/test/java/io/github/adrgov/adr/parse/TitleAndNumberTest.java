package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Titles and numbers in every spelling seen in real logs. */
class TitleAndNumberTest {

    private final AdrParser parser = new AdrParser(StatusVocabulary.defaults());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "0001-record-decisions      | 0001",
        "ADR-001-use-x              | 001",
        "adr-001-use-x              | 001",
        "ADR001-use-x               | 001",
        "ADR-0002 use x             | 0002",
        "DR001-no-charges           | 001",
        "001-use-x                  | 001",
        "1-use-x                    | 1",
        "adr-1                      | 1",
        "adr-2-trajectories         | 2",
        "0000_develop_inside_x      | 0000",
        "003-release                | 003",
        "20240115-use-x             | null",
        "2024-01-15-use-x           | null",
        "2026-01-content-system     | null",
        "use-ethnio                 | null",
        "ADRXXX-template            | null",
    })
    void fileNumber(String stem, String digits) {
        assertThat(NumberReader.fileNumber(stem)).isEqualTo(digits);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "# 1. Record decisions                          | 1    | Record decisions",
        "# 0006. Use a cache                            | 6    | Use a cache",
        "# ADR-001: Use ADRs                            | 1    | Use ADRs",
        "# ADR001: Implement deployment                 | 1    | Implement deployment",
        "# ADR-0002 Change the cache                    | 2    | Change the cache",
        "# 1) Use PSR-16 {#adr_0001}                    | 1    | Use PSR-16",
        "# Pick a `charting` **library**                | null | Pick a `charting` library",
        "# Run `mvn -q` with ``a ` tick``               | null | Run `mvn -q` with ``a ` tick``",
        "# Architecture Decision Record: Use ADRs       | null | Use ADRs",
        "# ADR: Chat                                    | null | Chat",
        "# 7 Blocking retries                           | 7    | Blocking retries",
        "# 8 Blocking retries                           | 8    | Blocking retries",
        "# 29 Blocking retries                          | null | 29 Blocking retries",
        "# 0029 Blocking retries                        | 29   | Blocking retries",
        "# 9 ways to retry                              | null | 9 ways to retry",
        "# Use Span\\<T\\> types                        | null | Use Span<T> types",
        "# [Superseded by [ADR-0019](0019-x.md)] Push metrics | null | Push metrics",
        "# 3. Split state <!-- vale off -->             | 3    | Split state",
    })
    void titleLine(String h1, Integer number, String title) {
        Adr a = parser.parse("a/0007-x.md", "0007-x", h1 + "\n\nText.\n");
        assertThat(a.titleNumber()).isEqualTo(number);
        assertThat(a.title()).isEqualTo(title);
        assertThat(a.titleLine()).isEqualTo(1);
    }

    @Test
    void commentsAroundTheTitleAndASetextHeading() {
        String text = "<!-- vale off -->\n<!-- vale Style.Names = NO -->\nSplit the state\n===\n<!-- vale on -->\n\n"
                + "Date: 2021-08-11\n";
        Adr a = parser.parse("a/0003-x.md", "0003-x", text);
        assertThat(a.title()).isEqualTo("Split the state");
        assertThat(a.titleLine()).isEqualTo(3);
        assertThat(a.number()).isEqualTo(3);
        assertThat(a.dateText()).isEqualTo("2021-08-11");
    }

    @Test
    void frontMatterTitleAndSlugWhenThereIsNoH1() {
        String text = "---\nslug: 3\ntitle: |\n  3. Release process\ndate: 2022-10-21\n---\n\n## Status\n\nAccepted\n";
        Adr a = parser.parse("adr/003-release/index.md", "003-release", text);
        assertThat(a.title()).isEqualTo("Release process");
        assertThat(a.titleLine()).isEqualTo(3);
        assertThat(a.titleNumber()).isEqualTo(3);
        assertThat(a.fileNumber()).isEqualTo(3);
        assertThat(a.statusCategory().id()).isEqualTo("accepted");
    }

    @Test
    void anH1ThatIsASectionNameIsNoTitleAndH1SectionsAreSections() {
        Adr a = parser.parse("a/0004-x.md", "0004-x",
                "# Context and Problem Statement\n\nWe need X.\n\n# Considered Options\n\n* A\n\n## Detail\n\nd\n");
        assertThat(a.title()).isNull();
        assertThat(a.titleLine()).isZero();
        assertThat(a.sections()).extracting(s -> s.heading() + "/" + s.level() + "/" + s.line() + "-" + s.endLine())
                .containsExactly("Context and Problem Statement/1/1-4", "Considered Options/1/5-11", "Detail/2/9-11");
    }

    @Test
    void theTitleIsNoSectionButALaterH1Is() {
        Adr a = parser.parse("a/0005-x.md", "0005-x", "# 5. Title\n\n# Context\n\nWhy.\n");
        assertThat(a.title()).isEqualTo("Title");
        assertThat(a.sections()).extracting(s -> s.heading() + "/" + s.level()).containsExactly("Context/1");
    }

    @Test
    void noTitleAtAll() {
        Adr a = parser.parse("a/0018-x.md", "0018-x", "## Context and Problem Statement\n\nText.\n");
        assertThat(a.title()).isNull();
        assertThat(a.number()).isEqualTo(18);
        assertThat(a.titleNumber()).isNull();
    }

    @Test
    void titleNumberThatDiffersFromTheFileIsKept() {
        Adr a = parser.parse("a/0042-x.md", "0042-x", "# 41. Copied title\n");
        assertThat(a.fileNumber()).isEqualTo(42);
        assertThat(a.titleNumber()).isEqualTo(41);
        assertThat(a.number()).isEqualTo(42);
    }
}
