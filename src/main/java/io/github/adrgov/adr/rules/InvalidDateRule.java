package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.parse.DateReader;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * {@code invalid-date}: a date that is not written as an ISO date {@code YYYY-MM-DD} (even when the parser could read
 * it, so that every tool reads it), an impossible one, or a {@code Date 2018-04-09} line without its colon. The date
 * is read by {@link DateReader} (the one reader of dates), so when the intended date is plain (e.g. {@code 2017/11/22},
 * {@code 21.07.2017}, {@code 20220711}, {@code 2025-11- 05}, {@code Jan 29, 2021}, {@code 2 Sept 2024}, a
 * {@code 04/09/2018} whose order the log's other dates settle) the message names the ISO form; an impossible
 * {@code 2023-13-10} names its likely reading. Only the date is quoted, never a note after it.
 */
public final class InvalidDateRule implements Rule {

    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A real ISO date at the start of the text, maybe followed by a note: {@code 2021-01-01 (updated 2021-12-20)}. */
    private static final Pattern ISO_START = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?!\\d)");

    @Override public String id() { return "invalid-date"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "An ADR's date is not an ISO date (YYYY-MM-DD), or is an impossible date.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
                # 1. Use PostgreSQL

                Date: 15.01.2025

                ## Status

                Accepted

                ## Context

                The orders service needs a place to keep orders.

                ## Decision

                We will use PostgreSQL.

                ## Consequences

                We run one more database.
                """;
    }

    @Override public String fix() {
        return """
                Write the date as an ISO date, `YYYY-MM-DD`; a note may follow it (`2025-01-15 (revised 2025-03-01)`).""";
    }

    @Override
    public void check(RuleContext ctx) {
        for (Adr adr : ctx.log().adrs()) {
            String text = adr.dateText();
            if (text == null || text.isBlank()) {
                continue;
            }
            String t = text.trim();
            boolean iso = adr.date() != null && ISO_START.matcher(t).find();
            if (adr.dateWithoutColon()) {
                ctx.report(adr, adr.dateLine(), colonless(t, adr.date(), iso));
            } else if (!iso) {
                ctx.report(adr, adr.dateLine(), message(t, adr.date()));
            }
        }
    }

    /** The message for a {@code Date 2018-04-09} line without its colon, which other ADR tools do not read. */
    static String colonless(String text, LocalDate read, boolean iso) {
        String date = dateOnly(text);
        String write = read != null ? read.toString() : "YYYY-MM-DD";
        return "The date line has no colon after \"Date\", so other ADR tools do not read it"
                + (iso ? "" : ", and \"" + date + "\" is not an ISO date") + "; write \"Date: " + write + "\".";
    }

    /** The date at the start of a date text, without a note after it; the whole text when no date starts it. */
    private static String dateOnly(String text) {
        DateReader.Found f = DateReader.at(text, 0, null);
        return f == null ? text : text.substring(0, f.end());
    }

    /**
     * The message for a date text that is not a real ISO date; {@code read} is the day the parser read from it (it
     * reads {@code 21.07.2017} and the log's own {@code dd/mm/yyyy} dates), or null. Only the date is quoted, not a
     * note after it.
     */
    static String message(String text, LocalDate read) {
        if (text.equalsIgnoreCase("YYYY-MM-DD")) {
            return "Date \"" + text + "\" is still the template placeholder; write the date of the decision.";
        }
        DateReader.Found found = DateReader.at(text, 0, null);
        String date = dateOnly(text);
        if (read == null && found != null) {
            read = found.date();
        }
        if (ISO_SHAPE.matcher(date).matches() && read == null) {
            String likely = swapped(date);
            return "Date \"" + date + "\" does not exist; write a real date as YYYY-MM-DD"
                    + (likely == null ? "" : " (perhaps " + likely + ")") + ".";
        }
        if (read != null) {
            return "Date \"" + date + "\" is not an ISO date; write YYYY-MM-DD (" + read + ").";
        }
        if (DateReader.orderOpen(date)) {
            LocalDate dayFirst = DateReader.interpret(date, DateReader.DayOrder.DAY_FIRST);
            LocalDate monthFirst = DateReader.interpret(date, DateReader.DayOrder.MONTH_FIRST);
            return "Date \"" + date + "\" is not an ISO date, and the log's other dates do not say whether the "
                    + "day or the month comes first; write YYYY-MM-DD (" + dayFirst + " or " + monthFirst + ").";
        }
        if (found != null) {
            return "Date \"" + date + "\" names no real day; write a real date as YYYY-MM-DD.";
        }
        return "Date \"" + date + "\" is not an ISO date; write YYYY-MM-DD.";
    }

    /** {@code 2023-13-10} read as year-day-month, when that is a real date; else null. */
    private static String swapped(String text) {
        String[] p = text.split("-");
        LocalDate d = DateReader.interpret(p[0] + "-" + p[2] + "-" + p[1], null);
        return d == null ? null : d.toString();
    }
}
