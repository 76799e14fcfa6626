package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.LinkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Supersession, references and file links, wherever the dialects write them. */
class LinksTest {

    private final AdrParser parser = new AdrParser(StatusVocabulary.defaults());

    private Adr statusSection(String line) {
        return parser.parse("docs/adr/0003-x.md", "0003-x", "# 3. X\n\n## Status\n\n" + line + "\n\n## Context\n");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Superseded by ADR-004                                          | null                          | 4",
        "Superseded by ADR 9                                            | null                          | 9",
        "Superseded by DR008                                            | null                          | 8",
        "Superseded by ADR025                                           | null                          | 25",
        "superseded by [ADR-0062](0062-open-api.md)                     | 0062-open-api.md              | 62",
        "Superseded by [4. Distinguish](0004-distinguish.md)            | 0004-distinguish.md           | 4",
        "⌛️ Superseded [0019](0019-use-go.md)                          | 0019-use-go.md                | 19",
        "Superseded By [Revisit proxy](../../decisions/adr/2025-05-09-proxy.md) | ../../decisions/adr/2025-05-09-proxy.md | null",
        "Superseded by [ADR 16](https://github.com/o/r/blob/main/docs/0016-x.md) | https://github.com/o/r/blob/main/docs/0016-x.md | 16",
        "Superseded by [ADR 7](/adr/7)                                  | /adr/7                        | 7",
        "Superceded by [5. New](0005-new.md)                            | 0005-new.md                   | 5",
        "Superseded by 0006-x.md                                        | 0006-x.md                     | null",
        "Replaced by ADR-0010                                           | null                          | 10",
    })
    void supersededBy(String line, String path, Integer number) {
        Adr a = statusSection(line);
        assertThat(a.links(LinkKind.SUPERSEDED_BY)).extracting(AdrLink::targetPath, AdrLink::targetNumber,
                AdrLink::line).containsExactly(tuple(path, number, 5));
        assertThat(a.links(LinkKind.SUPERSEDES)).isEmpty();
    }

    @Test
    void supersedesAndAmendmentsInTheStatusSection() {
        Adr a = parser.parse("a/0005-y.md", "0005-y", """
                # 5. Y

                ## Status

                Accepted

                Supercedes [3. X](0003-x.md)

                Amended by [6. Z](0006-z.md)
                """);
        assertThat(a.links(LinkKind.SUPERSEDES)).extracting(AdrLink::targetPath, AdrLink::targetNumber, AdrLink::line)
                .containsExactly(tuple("0003-x.md", 3, 7));
        assertThat(a.links(LinkKind.AMENDED_BY)).extracting(AdrLink::targetPath, AdrLink::targetNumber,
                AdrLink::line).containsExactly(tuple("0006-z.md", 6, 9));
        assertThat(a.links(LinkKind.REFERENCE)).isEmpty();
    }

    @Test
    void aPhraseInsideALinkDestinationOrTextIsNoSupersession() {
        Adr a = parser.parse("a/0005-y.md", "0005-y", """
                # 5. Y

                ## Status

                Accepted

                Amends [4. Mark superseded records](0004-mark-superseded-records-with-colour.md)
                """);
        assertThat(a.links(LinkKind.SUPERSEDED_BY)).isEmpty();
        assertThat(a.links(LinkKind.AMENDS)).extracting(AdrLink::targetPath)
                .containsExactly("0004-mark-superseded-records-with-colour.md");
    }

    @Test
    void severalTargetsAndAReferenceStyleLink() {
        Adr a = parser.parse("a/0009-y.md", "0009-y", """
                # 9. Y

                ## Status

                Accepted

                Supersedes ADR-0003 and [ADR 4][old]

                [old]: 0004-old.md
                """);
        assertThat(a.links(LinkKind.SUPERSEDES)).extracting(AdrLink::targetPath, AdrLink::targetNumber)
                .containsExactly(tuple(null, 3), tuple("0004-old.md", 4));
    }

    @Test
    void frontMatterKeys() {
        Adr a = parser.parse("a/0012-y.md", "0012-y", """
                ---
                status: accepted
                supersedes:
                  - 0003-x.md
                  - ADR-0004
                superseded-by: 0020-z.md
                ---
                # Y
                """);
        assertThat(a.links(LinkKind.SUPERSEDES)).extracting(AdrLink::targetPath, AdrLink::targetNumber, AdrLink::line)
                .containsExactly(tuple("0003-x.md", null, 3), tuple(null, 4, 3));
        assertThat(a.links(LinkKind.SUPERSEDED_BY)).extracting(AdrLink::targetPath, AdrLink::line)
                .containsExactly(tuple("0020-z.md", 6));
    }

    @Test
    void relatedDecisionsReferencesAndExternalLinks() {
        Adr a = parser.parse("a/0020-y.md", "0020-y", """
                # 20. Y

                ## Related Decisions

                * Superseded by ADR-0030
                * ADR 0034: [Provide a queue](0034-provide-a-queue.md)
                * Builds on ADR-0012
                * [Vendor notes](https://example.org/0001-notes.md)
                * [Spec](../../specs/0011-spec/requirements.md)
                """);
        assertThat(a.links(LinkKind.SUPERSEDED_BY)).extracting(AdrLink::targetNumber, AdrLink::line)
                .containsExactly(tuple(30, 5));
        assertThat(a.links(LinkKind.REFERENCE)).extracting(AdrLink::targetPath, AdrLink::targetNumber, AdrLink::line)
                .containsExactly(tuple("0034-provide-a-queue.md", null, 6), tuple(null, 12, 7));
    }

    @Test
    void fileLinksComeFromTheMarkdownNotFromCode() {
        Adr a = parser.parse("a/0001-y.md", "0001-y", """
                # 1. Y

                See [the diagram](img/flow.svg), ![shot](./shot.png "Screen"), [home](https://example.org/x.md),
                [mail](mailto:a@b.c), [top](#context), [site](/adr/7) and [ref][r].

                `[not a link](code.md)`

                ```
                [not a link either](fenced.md)
                ```

                    [indented code](indented.md)

                [r]: ../other/file.md
                """);
        assertThat(a.links(LinkKind.FILE_LINK)).extracting(AdrLink::targetPath, AdrLink::line).containsExactly(
                tuple("img/flow.svg", 3), tuple("./shot.png", 3), tuple("../other/file.md", 14));
    }
}
