package io.github.adrgov.adr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.UnreadableFile;
import io.github.adrgov.adr.parse.AdrParser;
import io.github.adrgov.adr.result.Finding;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Rules on hostile or broken input: bounded messages, dates independent of the JVM, unreadable files. */
class HardeningRulesTest {

    private final AdrParser parser = new AdrParser(StatusVocabulary.defaults());

    @Test
    void anUnreadableFilesNumberIsNotAGap() {
        List<String> out = Fixtures.run(new NumberGapRule(), Fixtures.log(
                List.of(Fixtures.nygard("0001", "a", "Accepted").build(), Fixtures.nygard("0003", "c", "Accepted").build()),
                List.of(new UnreadableFile("docs/adr/0002-b.md", "not UTF-8")), List.of()));
        assertThat(out).isEmpty();
    }

    @Test
    void aMegabyteDateIsQuotedShort() {
        String date = "x".repeat(1_000_000);
        Adr a = parser.parse("docs/adr/0001-a.md", "0001-a", "# 1. A\n\nDate: " + date + "\n\n## Status\n\nAccepted\n");
        List<Finding> f = Fixtures.findings(new InvalidDateRule(), Fixtures.log(a), Fixtures.config(), null);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.message()).startsWith("Date \"xxxx").contains("\u2026\"");
            assertThat(x.message().length()).isLessThan(1_200);
        });
    }

    @Test
    void todayIsTheDateInUtcWhateverTheJvmTimeZone() {
        TimeZone saved = TimeZone.getDefault();
        try {
            for (String zone : new String[] {"Pacific/Kiritimati", "Etc/GMT+12"}) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                LocalDate today = ValidationConfig.builder().build().today();
                assertThat(today).as(zone).isEqualTo(LocalDate.now(ZoneOffset.UTC));
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }
}
