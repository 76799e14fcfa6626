package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.index.AdrsJsonWriter;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The changelog family of logs (Cosmos-style: {@code # ADR 012: Title}, {@code ## Status}, {@code ## Changelog} with
 * dated bullets) keeps an ADR's date in its first changelog entry; the model reads it from there, in every form the
 * date reader knows.
 */
class ChangelogDateTest {

    private final AdrParser parser = new AdrParser(StatusVocabulary.defaults());

    private static String adr(int n, String changelog) {
        return "# ADR " + n + ": Decision " + n + "\n\n## Changelog\n\n" + changelog + "\n\n## Status\n\nAccepted\n\n"
                + "## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nThen.\n";
    }

    private Adr parse(int n, String changelog) {
        return parser.parse("docs/architecture/adr-00" + n + "-d.md", "adr-00" + n + "-d", adr(n, changelog));
    }

    @Test
    void theFirstEntryIsTheDateInEveryFormTheReaderKnows() {
        Adr iso = parse(1, "- 2022-03-03: Initial Commit\n- 2022-05-01: Accepted");
        assertThat(iso.date()).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(iso.dateText()).isEqualTo("2022-03-03");
        assertThat(iso.dateLine()).isEqualTo(5);

        assertThat(parse(2, "- 03.08.2022: Initial Draft").date()).isEqualTo(LocalDate.of(2022, 8, 3));
        assertThat(parse(3, "- 2023/3/24: Update types").date()).isEqualTo(LocalDate.of(2023, 3, 24));
        Adr named = parse(4, "- January 28th, 2022: Initial Draft");
        assertThat(named.date()).isEqualTo(LocalDate.of(2022, 1, 28));
        assertThat(named.dateText()).isEqualTo("January 28th, 2022");
        assertThat(parse(5, "* 2019 Oct 22: Initial Draft").date()).isEqualTo(LocalDate.of(2019, 10, 22));
        assertThat(parse(6, "1. **2024-03-15**: Initial draft (@someone)").dateText()).isEqualTo("2024-03-15");
        assertThat(parse(7, "- 26/11/2020 - Initial Draft").date()).isEqualTo(LocalDate.of(2020, 11, 26));
    }

    @Test
    void aChangelogThatListsTheNewestFirstIsDatedByItsEarliestEntry() {
        Adr a = parse(1, "- 2021-04-23: Change status to deprecated\n- 2020-05-23: Provide sample code");
        assertThat(a.date()).isEqualTo(LocalDate.of(2020, 5, 23));
        assertThat(a.dateLine()).isEqualTo(6);
    }

    @Test
    void entriesWithoutADateAndVersionNumbersAreNoDate() {
        assertThat(parse(1, "- \\{date\\}: \\{changelog\\}").dateText()).isNull();
        assertThat(parse(2, "- 1.10.12: bumped the module").dateText()).isNull();
        assertThat(parse(3, "- Initial draft, some time ago").dateText()).isNull();
        Adr impossible = parse(4, "- 2023-13-10: Initial draft");
        assertThat(impossible.dateText()).isEqualTo("2023-13-10");
        assertThat(impossible.date()).isNull();
    }

    @Test
    void aDateLineStillComesFirst() {
        String text = adr(1, "- 2022-03-03: Initial Commit").replace("## Changelog", "Date: 2022-01-01\n\n## Changelog");
        Adr a = parser.parse("docs/architecture/adr-001-d.md", "adr-001-d", text);
        assertThat(a.date()).isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @Test
    void theLogSettlesTheDayOrderOfAnAmbiguousEntryAndAdrsJsonShowsTheDate(@TempDir Path base) throws Exception {
        Path dir = base.resolve("docs/architecture");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("adr-001-a.md"), adr(1, "- 05/01/2022: initial draft"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("adr-002-b.md"), adr(2, "- 25/04/2022: initial draft"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("adr-003-c.md"), adr(3, "- 2022-08-01: Initial Draft"), StandardCharsets.UTF_8);

        AdrLog log = new LogReader(ReadOptions.defaults()).read(base, dir);

        Adr first = log.byId("adr-001-a").orElseThrow();
        assertThat(first.date()).isEqualTo(LocalDate.of(2022, 1, 5));
        assertThat(first.dateText()).isEqualTo("05/01/2022");
        assertThat(AdrsJsonWriter.render(log)).contains("\"date\": \"2022-01-05\",\n      \"dateText\": \"05/01/2022\"");
    }
}
