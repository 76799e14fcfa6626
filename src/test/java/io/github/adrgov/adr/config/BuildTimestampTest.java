package io.github.adrgov.adr.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BuildTimestampTest {

    @Test
    void readsAnInstantOrEpochSecondsAsTheDateInUtc() {
        assertThat(BuildTimestamp.date("2026-01-15T10:00:00Z")).contains(LocalDate.of(2026, 1, 15));
        assertThat(BuildTimestamp.date(" 2026-01-15T01:00:00+02:00 ")).contains(LocalDate.of(2026, 1, 14));
        assertThat(BuildTimestamp.date("2026-01-15T23:30:00-01:00")).contains(LocalDate.of(2026, 1, 16));
        assertThat(BuildTimestamp.date("86400")).contains(LocalDate.of(1970, 1, 2));
    }

    @Test
    void unsetOrSwitchedOffIsNone() {
        assertThat(BuildTimestamp.date(null)).isEmpty();
        assertThat(BuildTimestamp.date("")).isEmpty();
        assertThat(BuildTimestamp.date("a")).isEmpty(); // one character: switched off, as Maven reads it
        assertThat(BuildTimestamp.date("0")).isEmpty();
    }

    @Test
    void anythingElseIsRefusedWithTheValueQuoted() {
        assertThatThrownBy(() -> BuildTimestamp.date("2026-01-15")).hasMessageStartingWith("'2026-01-15' is neither");
        assertThatThrownBy(() -> BuildTimestamp.date("${git.commit.time}"))
                .hasMessageStartingWith("'${git.commit.time}' is neither");
        assertThatThrownBy(() -> BuildTimestamp.date("9".repeat(30))).hasMessageStartingWith("'999");
        assertThatThrownBy(() -> BuildTimestamp.date("x".repeat(100)))
                .hasMessageStartingWith("'" + "x".repeat(60) + "\u2026' is neither");
    }
}
