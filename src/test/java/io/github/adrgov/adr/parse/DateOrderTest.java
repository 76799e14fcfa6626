package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day-month order of {@code 04/09/2018} dates, settled by the log's own unambiguous dates. */
class DateOrderTest {

    private final AdrParser parser = new AdrParser(StatusVocabulary.defaults());

    private Adr adr(int n, String dateLine) {
        String text = "# " + n + ". Decision " + n + "\n\n" + dateLine + "\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n";
        return parser.parse("adr/000" + n + "-d.md", "000" + n + "-d", text);
    }

    private List<LocalDate> settled(String... dateLines) {
        List<Adr> adrs = new ArrayList<>();
        for (int i = 0; i < dateLines.length; i++) {
            adrs.add(adr(i + 1, dateLines[i]));
        }
        List<LocalDate> out = new ArrayList<>();
        DateReader.settle(adrs).forEach(a -> out.add(a.date()));
        return out;
    }

    @Test
    void aDayFirstLogReadsItsAmbiguousDatesDayFirst() {
        assertThat(settled("Date: 16/04/2018", "Date: 04/09/2018", "Date: 2018-10-01", "Date: 23/11/2018"))
                .containsExactly(LocalDate.of(2018, 4, 16), LocalDate.of(2018, 9, 4), LocalDate.of(2018, 10, 1),
                        LocalDate.of(2018, 11, 23));
    }

    @Test
    void aMonthFirstLogReadsThemMonthFirst() {
        assertThat(settled("Date: 11/14/2024", "Date: 12/16/2024", "Date: 04/09/2018"))
                .containsExactly(LocalDate.of(2024, 11, 14), LocalDate.of(2024, 12, 16), LocalDate.of(2018, 4, 9));
    }

    @Test
    void withoutEvidenceTheOrderStaysOpenAndTheTextIsKept() {
        List<Adr> adrs = DateReader.settle(List.of(adr(1, "Date: 2024-01-05"), adr(2, "Date: 08/01/24")));
        assertThat(adrs.get(1).date()).isNull();
        assertThat(adrs.get(1).dateText()).isEqualTo("08/01/24");
    }

    @Test
    void aDateLineWithoutItsColonIsStillTheDate() {
        Adr a = adr(1, "Date 09/04/2018");
        assertThat(a.dateText()).isEqualTo("09/04/2018");
        assertThat(a.dateLine()).isEqualTo(3);
        Adr bold = adr(2, "**Date** 2018-04-09");
        assertThat(bold.date()).isEqualTo(LocalDate.of(2018, 4, 9));
        Adr prose = adr(3, "Dates are hard.");
        assertThat(prose.dateText()).isNull();
    }

    @Test
    void theReaderOffersEveryFormToOtherReaders() {
        assertThat(DateReader.interpret("Jan 29, 2021", null)).isEqualTo(LocalDate.of(2021, 1, 29));
        assertThat(DateReader.interpret("2023-07-25: first draft", null)).isEqualTo(LocalDate.of(2023, 7, 25));
        assertThat(DateReader.interpret("04/09/2018", DateReader.DayOrder.MONTH_FIRST))
                .isEqualTo(LocalDate.of(2018, 4, 9));
        assertThat(DateReader.interpret("04/09/2018", null)).isNull();
        assertThat(DateReader.interpret("version 2 of the API", null)).isNull();
    }

    @Test
    void theDateOfSubmissionComesBeforeTheLastUpdate() {
        Adr a = adr(1, "Date of submission: 2019-06-21\n\nLast updated: 2019-07-04");
        assertThat(a.date()).isEqualTo(LocalDate.of(2019, 6, 21));
    }
}
