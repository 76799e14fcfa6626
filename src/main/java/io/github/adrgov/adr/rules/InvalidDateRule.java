package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Severity;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code invalid-date}: a date that is not written as an ISO date {@code YYYY-MM-DD} (even when the parser could read
 * it, so that every tool reads it), or an impossible one. When the intended
 * date is plain (e.g. {@code 2017/11/22}, {@code 21.07.2017}, {@code 20220711}, {@code 2025-11- 05}, {@code Jan 29, 2021}, {@code 2 Sept 2024}) the message offers the ISO form.
 */
public final class InvalidDateRule implements Rule {

    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A real ISO date at the start of the text, maybe followed by a note: {@code 2021-01-01 (updated 2021-12-20)}. */
    private static final Pattern ISO_START = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?!\\d)");
    /** {@code 04/09/2018}, {@code 08/01/24}: day and month in an order the text does not say. */
    private static final Pattern OPEN_ORDER = Pattern.compile("(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})\\s*[/-]\\s*(\\d{4}|\\d{2})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    private static final Pattern DAY_FIRST_DOTS = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

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
            if (text == null || text.isBlank() || (adr.date() != null && ISO_START.matcher(text.strip()).find())) {
                continue;
            }
            ctx.report(adr, adr.dateLine(), message(text.trim(), adr.date()));
        }
    }

    /**
     * The message for a date text that is not a real ISO date; {@code read} is the day the parser read from it (it
     * reads {@code 21.07.2017} and the log's own {@code dd/mm/yyyy} dates), or null.
     */
    static String message(String text, LocalDate read) {
        if (text.equalsIgnoreCase("YYYY-MM-DD")) {
            return "Date \"" + text + "\" is still the template placeholder; write the date of the decision.";
        }
        if (ISO_SHAPE.matcher(text).matches()) {
            String likely = swapped(text);
            return "Date \"" + text + "\" does not exist; write a real date as YYYY-MM-DD"
                    + (likely == null ? "" : " (perhaps " + likely + ")") + ".";
        }
        if (read != null) {
            return "Date \"" + text + "\" is not an ISO date; write YYYY-MM-DD (" + read + ").";
        }
        Matcher open = OPEN_ORDER.matcher(text);
        if (open.matches()) {
            String year = open.group(3).length() == 2 ? "20" + open.group(3) : open.group(3);
            String dayFirst = iso(year, open.group(2), open.group(1));
            String monthFirst = iso(year, open.group(1), open.group(2));
            if (dayFirst != null && monthFirst != null) {
                return "Date \"" + text + "\" is not an ISO date, and the log's other dates do not say whether the "
                        + "day or the month comes first; write YYYY-MM-DD (" + dayFirst + " or " + monthFirst + ").";
            }
        }
        String iso = suggestion(text);
        return "Date \"" + text + "\" is not an ISO date; write YYYY-MM-DD"
                + (iso == null ? "" : " (" + iso + ")") + ".";
    }

    /** {@code 2023-13-10} read as year-day-month, when that is a real date; else null. */
    private static String swapped(String text) {
        String[] p = text.split("-");
        return iso(p[0], p[2], p[1]);
    }

    /** The ISO form of a date written year-first or as day.month.year, when it is a real date; else null. */
    static String suggestion(String text) {
        Matcher y = YEAR_FIRST.matcher(text);
        if (y.matches()) {
            return iso(y.group(1), y.group(2), y.group(3));
        }
        Matcher c = COMPACT.matcher(text);
        if (c.matches()) {
            return iso(c.group(1), c.group(2), c.group(3));
        }
        Matcher d = DAY_FIRST_DOTS.matcher(text);
        if (d.matches()) {
            return iso(d.group(3), d.group(2), d.group(1));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (dmy.matches()) {
            return iso(dmy.group(3), month(dmy.group(2)), dmy.group(1));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        if (mdy.matches()) {
            return iso(mdy.group(3), month(mdy.group(1)), mdy.group(2));
        }
        return null;
    }

    /** The month number of an English month name or its abbreviation ({@code Jan}, {@code Sept}), else null. */
    private static String month(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].startsWith(n)) {
                return String.valueOf(i + 1);
            }
        }
        return null;
    }

    private static String iso(String year, String month, String day) {
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
