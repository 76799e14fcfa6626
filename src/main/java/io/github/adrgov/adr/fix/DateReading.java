package io.github.adrgov.adr.fix;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date written other than as ISO {@code YYYY-MM-DD}, but only when its reading is unambiguous: year first
 * ({@code 2018/02/05}, {@code 2018.2.5}, {@code 2018-2-5}), a month named ({@code 5 February 2018},
 * {@code Feb 5th, 2018}), day and month as numbers only when one of them cannot be a month ({@code 25/02/2018},
 * {@code 02/25/2018}) or both are the same ({@code 03/03/2018}). {@code 05/02/2018} is left alone: it is the 5th of
 * February or the 2nd of May.
 */
final class DateReading {

    /** Where the date is in a text, and what it is. */
    record Found(int start, int end, LocalDate date) {
    }

    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\w&#;])(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\w])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\w&#;])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?![\\w])");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\w])(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})(?![\\w])");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\w])([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\w])");
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};

    private DateReading() {
    }

    /** The first date in the text whose reading is unambiguous, if any. */
    static Optional<Found> find(String text) {
        Matcher y = YEAR_FIRST.matcher(text);
        if (y.find()) {
            return found(y, y.group(1), y.group(3), y.group(4));
        }
        Matcher n = NUMERIC.matcher(text);
        if (n.find()) {
            int a = Integer.parseInt(n.group(1));
            int b = Integer.parseInt(n.group(3));
            if (a == b || (a > 12 && b <= 12)) {
                return found(n, n.group(4), n.group(3), n.group(1));
            }
            if (b > 12 && a <= 12) {
                return found(n, n.group(4), n.group(1), n.group(3));
            }
            return Optional.empty();
        }
        Matcher dm = DAY_MONTH.matcher(text);
        if (dm.find() && month(dm.group(2)) > 0) {
            return found(dm, dm.group(3), String.valueOf(month(dm.group(2))), dm.group(1));
        }
        Matcher md = MONTH_DAY.matcher(text);
        if (md.find() && month(md.group(1)) > 0) {
            return found(md, md.group(3), String.valueOf(month(md.group(1))), md.group(2));
        }
        return Optional.empty();
    }

    private static Optional<Found> found(Matcher m, String year, String month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return Optional.of(new Found(m.start(), m.end(), d));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** 1-12 for a month name or its abbreviation of three letters or more ({@code Sept}), else 0. */
    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (w.length() >= 3 && MONTHS[i].startsWith(w.equals("sept") ? "sep" : w)) {
                return i + 1;
            }
        }
        return 0;
    }
}
