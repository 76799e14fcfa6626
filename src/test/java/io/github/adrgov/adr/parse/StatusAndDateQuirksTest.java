package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Status;
import io.github.adrgov.adr.model.StatusCategory;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statuses and dates as real logs write them. */
class StatusAndDateQuirksTest {

    private final AdrParser parser = new AdrParser(StatusVocabulary.defaults());

    private Adr nygard(String statusLine, String dateLine) {
        String text = "# 4. Some decision\n\nDate: " + dateLine + "\n\n## Status\n\n" + statusLine
                + "\n\n## Context\n\nWhy.\n";
        return parser.parse("adr/0004-some-decision.md", "0004-some-decision", text);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "Accepted                                  | ACCEPTED   | Accepted",
        "accepted                                  | ACCEPTED   | accepted",
        "Accepted.                                 | ACCEPTED   | Accepted",
        "> Accepted                                | ACCEPTED   | Accepted",
        "**rejected**                              | REJECTED   | rejected",
        "✅ Accepted                               | ACCEPTED   | Accepted",
        "❌ Rejected                               | REJECTED   | Rejected",
        "🤔 Proposed                               | PROPOSED   | Proposed",
        "⌛️ Superseded [0019](0019-use-go.md)      | SUPERSEDED | Superseded 0019",
        "Proposed - 30/04/2025                     | PROPOSED   | Proposed - 30/04/2025",
        "PROPOSED                                  | PROPOSED   | PROPOSED",
        "Superseded by ADR-004                     | SUPERSEDED | Superseded by ADR-004",
        "Superceded by [2. Old](0002-old.md)        | SUPERSEDED | Superceded by 2. Old",
        "Deprecated (no superseding ADR)           | DEPRECATED | Deprecated (no superseding ADR)",
        "Pending                                   | PROPOSED   | Pending",
        "Partly superseded                         | ACCEPTED   | Partly superseded",
        "Implemented                               | ACCEPTED   | Implemented",
        "Approved                                  | ACCEPTED   | Approved",
        "Done                                      | ACCEPTED   | Done",
        "Adopted                                   | ACCEPTED   | Adopted",
        "**Active**                                | ACCEPTED   | Active",
        "Decided                                   | ACCEPTED   | Decided",
        "Partially implemented                     | ACCEPTED   | Partially implemented",
        "Partially accepted                        | ACCEPTED   | Partially accepted",
        "Implemented in https://example.org/pr/17  | ACCEPTED   | Implemented in https://example.org/pr/17",
        "Implemented. Superseded by ADR-013        | SUPERSEDED | Implemented. Superseded by ADR-013",
        "Implemented. Parts were later superseded by ADR-020 | ACCEPTED | Implemented. Parts were later superseded by ADR-020",
        "In Review                                 | PROPOSED   | In Review",
        "Under review                              | PROPOSED   | Under review",
        "Pending review                            | PROPOSED   | Pending review",
        "Open                                      | PROPOSED   | Open",
        "RFC                                       | PROPOSED   | RFC",
        "WIP                                       | PROPOSED   | WIP",
        "in-progress                               | PROPOSED   | in-progress",
        "Draft                                     | DRAFT      | Draft",
        "Declined                                  | REJECTED   | Declined",
        "Withdrawn                                 | REJECTED   | Withdrawn",
        "Abandoned                                 | REJECTED   | Abandoned",
        "Obsolete                                  | DEPRECATED | Obsolete",
        "Retired                                   | DEPRECATED | Retired",
        "Replaced by ADR-0007                      | SUPERSEDED | Replaced by ADR-0007",
        "提议                                      | PROPOSED   | 提议",
        "完成                                      | ACCEPTED   | 完成",
        "Contested                                 | OTHER      | Contested",
        "'Accepted, Implemented'                   | ACCEPTED   | Accepted, Implemented",
        "'Accepted, implemented in v6'             | ACCEPTED   | Accepted, implemented in v6",
        "> Accepted or Rejected                    | OTHER      | Accepted or Rejected",
        "proposed / accepted / rejected            | OTHER      | proposed / accepted / rejected",
        "<!-- say which --> Accepted               | ACCEPTED   | Accepted",
        "[![Generic badge](https://badgen.net/badge/ADR/accepted/green/)](README.md) | ACCEPTED | accepted",
    })
    void statusSectionLine(String line, StatusCategory category, String text) {
        Status s = nygard(line, "2024-01-01").status().orElseThrow();
        assertThat(s.category()).isEqualTo(category);
        assertThat(s.text()).isEqualTo(text);
        assertThat(s.line()).isEqualTo(7);
    }

    @Test
    void anUnfilledChoiceWithPipesIsOther() {
        Status s = nygard("proposed | rejected | accepted | deprecated", "2024-01-01").status().orElseThrow();
        assertThat(s.category()).isEqualTo(StatusCategory.OTHER);
        assertThat(s.text()).isEqualTo("proposed | rejected | accepted | deprecated");
    }

    @Test
    void aWordOutsideTheVocabularyIsOtherUntilConfigured() {
        Adr plain = nygard("Contested", "2024-01-01");
        assertThat(plain.statusCategory()).isEqualTo(StatusCategory.OTHER);
        AdrParser custom = new AdrParser(StatusVocabulary.defaults().with(Map.of("contested", StatusCategory.PROPOSED)));
        Adr configured = custom.parse("a.md", "a", "# A\n\n## Status\n\nContested\n");
        assertThat(configured.statusCategory()).isEqualTo(StatusCategory.PROPOSED);
        assertThat(configured.status().orElseThrow().text()).isEqualTo("Contested");
    }

    @Test
    void statusesReplaceTheTableAndItsSynonyms() {
        AdrParser narrow = new AdrParser(StatusVocabulary.of(Map.of("accepted", StatusCategory.ACCEPTED)));
        Adr implemented = narrow.parse("a.md", "a", "# A\n\n## Status\n\nImplemented\n");
        assertThat(implemented.statusCategory()).isEqualTo(StatusCategory.OTHER);
        AdrParser remapped = new AdrParser(StatusVocabulary.defaults().with(Map.of("done", StatusCategory.DEPRECATED)));
        assertThat(remapped.parse("a.md", "a", "# A\n\n## Status\n\nDone\n").statusCategory())
                .isEqualTo(StatusCategory.DEPRECATED);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "2024-03-05                         | 2024-03-05 | 2024-03-05",
        "2021-01-01 (Updated 2021-12-20)    | 2021-01-01 (Updated 2021-12-20) | 2021-01-01",
        "2020-08-04 (_Updated 2021-03-01_)  | 2020-08-04 (Updated 2021-03-01) | 2020-08-04",
        "2022-05-16.                        | 2022-05-16.  | 2022-05-16",
        "21.07.2017                         | 21.07.2017   | 2017-07-21",
        "'Jan 29, 2021'                     | Jan 29, 2021 | 2021-01-29",
        "08/01/24                           | 08/01/24     | null",
        "16/01/24                           | 16/01/24     | 2024-01-16",
        "30/04/2025                         | 30/04/2025   | 2025-04-30",
        "12/16/2024                         | 12/16/2024   | 2024-12-16",
        "04/09/2018                         | 04/09/2018   | null",
        "2017/11/22                         | 2017/11/22   | 2017-11-22",
        "2025-11- 05                        | 2025-11- 05  | 2025-11-05",
        "2025-02-30                         | 2025-02-30   | null",
        "2023-13-10                         | 2023-13-10   | null",
        "2023-9-15                          | 2023-9-15    | 2023-09-15",
        "20220513                           | 20220513     | 2022-05-13",
        "'September 20, 2024'               | September 20, 2024 | 2024-09-20",
        "10 Apr 2022                        | 10 Apr 2022  | 2022-04-10",
        "2 Sept 2024                        | 2 Sept 2024  | 2024-09-02",
        "'Jan 29, 2021 (revised later)'     | Jan 29, 2021 (revised later) | 2021-01-29",
        "2022-09                            | 2022-09      | null",
        "2024-023-2706                      | 2024-023-2706 | null",
        "YYYY-MM-DD                         | YYYY-MM-DD   | null",
    })
    void dateLine(String written, String text, String iso) {
        Adr a = nygard("Accepted", written);
        assertThat(a.dateText()).isEqualTo(text);
        assertThat(a.date()).isEqualTo(iso == null ? null : LocalDate.parse(iso));
        assertThat(a.dateLine()).isEqualTo(3);
    }

    @Test
    void plainStatusLineUnderTheTitleAndStatusInTheHeading() {
        Adr line = parser.parse("a/0001-x.md", "0001-x", "# 1. X\n\nStatus: Accepted\nDate: 2020-01-01\n\n## Context\n");
        assertThat(line.status().orElseThrow()).isEqualTo(new Status(StatusCategory.ACCEPTED, "Accepted", 3));
        assertThat(line.dialect().id()).isEqualTo("nygard");
        Adr heading = parser.parse("a/0002-x.md", "0002-x", "# 2. X\n\n## Status: Rejected\n\n## Context\n");
        assertThat(heading.status().orElseThrow()).isEqualTo(new Status(StatusCategory.REJECTED, "Rejected", 3));
    }

    @Test
    void aCommentAsDateIsNoDate() {
        Adr a = nygard("Accepted", "<!-- Today's date -->");
        assertThat(a.dateText()).isNull();
        assertThat(a.date()).isNull();
        assertThat(a.dateLine()).isZero();
    }

    @Test
    void supersededBulletUnderAcceptedIsTheCurrentStatus() {
        String text = """
                # 2. Implement in Java

                Date: 2017-07-21

                ## Status

                Accepted

                * Superseded by [ADR 8](0008-use-lts-versions.md)

                ## Context
                """;
        Status s = parser.parse("a/0002-x.md", "0002-x", text).status().orElseThrow();
        assertThat(s.category()).isEqualTo(StatusCategory.SUPERSEDED);
        assertThat(s.text()).isEqualTo("Superseded by ADR 8");
        assertThat(s.line()).isEqualTo(9);
    }

    @Test
    void amendedByLeavesTheStatusAlone() {
        String text = "# 4. X\n\n## Status\n\nAccepted\n\nAmended by [5. Y](0005-y.md)\n";
        Status s = parser.parse("a/0004-x.md", "0004-x", text).status().orElseThrow();
        assertThat(s.category()).isEqualTo(StatusCategory.ACCEPTED);
        assertThat(s.line()).isEqualTo(5);
    }

    @Test
    void datedHistoryInStatusSectionGivesTheLatestEntry() {
        String text = """
                # 1. 编写测试

                日期: 2017-11-22

                ## 状态

                列表：提议/通过/完成

                2017-11-22 提议

                2017-11-26 完成

                ## 上下文
                """;
        Adr a = parser.parse("a/0001-x.md", "0001-x", text);
        assertThat(a.title()).isEqualTo("编写测试");
        assertThat(a.number()).isEqualTo(1);
        assertThat(a.date()).isEqualTo(LocalDate.of(2017, 11, 22));
        assertThat(a.status().orElseThrow().text()).isEqualTo("完成");
        assertThat(a.status().orElseThrow().line()).isEqualTo(11);
        assertThat(a.statusCategory()).isEqualTo(StatusCategory.ACCEPTED);
    }

    @Test
    void statusInsideACodeFenceIsNotMetadata() {
        String text = """
                # 6. Front matter for metadata

                Date: 2025-01-21

                ## Status

                Accepted

                ## Decision

                ```yaml
                ---
                status: proposed
                date: 2020-01-01
                ---
                ```

                ```markdown
                ## Status
                Rejected
                ```
                """;
        Adr a = parser.parse("a/0006-x.md", "0006-x", text);
        assertThat(a.status().orElseThrow().text()).isEqualTo("Accepted");
        assertThat(a.dateText()).isEqualTo("2025-01-21");
        assertThat(a.sections()).extracting(s -> s.heading()).containsExactly("Status", "Decision");
    }

    @Test
    void frontMatterStatusWinsOverBodyStatusAndTheFileIsOneAdr() {
        String text = """
                ---
                id: 0002-queue
                title: "Use a queue"
                status: Proposed
                created: 2021-02-03
                ---

                # 2. Use a queue

                Date: 2021-02-03

                ## Status

                Accepted
                """;
        Adr a = parser.parse("a/0002-queue.md", "0002-queue", text);
        assertThat(a.status().orElseThrow().text()).isEqualTo("Proposed");
        assertThat(a.status().orElseThrow().line()).isEqualTo(4);
        assertThat(a.title()).isEqualTo("Use a queue");
        assertThat(a.titleLine()).isEqualTo(8);
        assertThat(a.dateText()).isEqualTo("2021-02-03");
        assertThat(a.dateLine()).isEqualTo(10);
        assertThat(a.dialect().id()).isEqualTo("nygard");
    }

    @Test
    void braceWrappedTemplateValuesAreReadAsTheWord() {
        String text = "---\nstatus: { accepted }\ndate: { 2024-02-01 }\n---\n\n# Pick X\n";
        Adr a = parser.parse("a/0001-x.md", "0001-x", text);
        assertThat(a.status().orElseThrow().text()).isEqualTo("accepted");
        assertThat(a.statusCategory()).isEqualTo(StatusCategory.ACCEPTED);
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 2, 1));
    }

    @Test
    void lastModifiedCountsAsDateInBoldBulletLogs() {
        String text = """
                # Task runner

                * **Status:** Active
                * **Last Modified:** 2023-06-29
                * **Deciders:**
                  * Ana&#x20;
                  * Bo
                """;
        Adr a = parser.parse("a/2023-06-29-task-runner.md", "2023-06-29-task-runner", text);
        assertThat(a.status().orElseThrow().text()).isEqualTo("Active");
        assertThat(a.dateText()).isEqualTo("2023-06-29");
        assertThat(a.dateLine()).isEqualTo(4);
        assertThat(a.field("deciders").orElseThrow().value()).isEqualTo("Ana, Bo");
        assertThat(a.number()).isNull();
    }

    @Test
    void dateFromADateNamedFileWhenTheTextHasNone() {
        Adr a = parser.parse("d/2022-03-15-policy-scopes/README.md", "2022-03-15-policy-scopes",
                "# Policy scopes\n\n## Decision\n\nScopes.\n");
        assertThat(a.date()).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(a.dateLine()).isZero();
        assertThat(a.number()).isNull();
    }
}
