package io.github.adrgov.adr.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a build's output timestamp ({@code project.build.outputTimestamp}, set for reproducible builds) as the date
 * that counts as today for {@code future-date}, so that the same sources give the same findings on any day and in any
 * time zone. The value is read as Maven's reproducible builds read it: an ISO-8601 instant with an offset
 * ({@code 2026-01-15T10:00:00Z}, {@code 2026-01-15T10:00:00+01:00}) or a number of seconds since 1970-01-01 UTC; an
 * empty value, or a single character (the way a child project switches an inherited timestamp off), means none. The
 * date is that of the instant in UTC.
 */
public final class BuildTimestamp {

    private BuildTimestamp() {
    }

    /**
     * The UTC date of {@code value}, or empty when it is not set.
     *
     * @throws IllegalArgumentException when the value is neither an ISO-8601 instant nor seconds since the epoch; the
     *                                  message quotes it (cut when long)
     */
    public static Optional<LocalDate> date(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.length() < 2) {
            return Optional.empty();
        }
        Instant instant;
        if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                instant = Instant.ofEpochSecond(Long.parseLong(v));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw invalid(v);
            }
        } else {
            try {
                instant = OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                throw invalid(v);
            }
        }
        return Optional.of(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    private static IllegalArgumentException invalid(String v) {
        String shown = v.length() > 60 ? v.substring(0, 60) + "\u2026" : v;
        return new IllegalArgumentException("'" + shown + "' is neither an ISO-8601 instant such as"
                + " 2026-01-15T10:00:00Z nor a number of seconds since 1970-01-01T00:00:00Z");
    }
}
