package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Section;
import io.github.adrgov.adr.model.SectionConcept;
import io.github.adrgov.adr.model.Status;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date of an ADR: the text as written ({@link Adr#dateText()}) and the day it names ({@link Adr#date()}),
 * from every form real logs write: ISO {@code 2024-03-05}, {@code 2023-9-15}, {@code 2017/11/22}, {@code 20220513},
 * {@code 21.07.2017}, {@code 30/04/2025} and {@code 12/16/2024} (a day-month order that only the log's own
 * unambiguous dates settle, see {@link #settle}), two-digit years {@code 08/01/24}, and month names ({@code Jan 29,
 * 2021}, {@code 2 Sept 2024}, {@code 10 Apr 2022}). A date is null when the text names no real day, or when its
 * day-month order stays open. It is the plugin's one reader of dates: {@link #at} serves the parser, the
 * {@code invalid-date} rule and {@code adr:fix} alike.
 */
public final class DateReader {

    /**
     * What may follow a date: the end, a note, a separator or closing markup ({@code 2022/11/14: Initial draft},
     * {@code **2024-01-05**}, {@code 2021-01-01 (updated)}).
     */
    private static final String END = "(?=$|[\\s,;:()\\[\\]*_|\"'<\\u2013\\u2014]|\\.(?:$|\\s))";
    /** An ISO date at the start, alone or followed by a note ({@code 2021-01-01 (Updated 2021-12-20)}) or a time. */
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:" + END + "|(?=[T-]))");
    private static final Pattern YEAR_FIRST =
            Pattern.compile("^(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})" + END);
    private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})" + END);
    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})" + END);
    private static final Pattern YEAR_LAST = Pattern.compile("^(\\d{1,2})\\s*([/-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})" + END);
    private static final Pattern DAY_MONTH_NAME = Pattern.compile(
            "^(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(\\p{L}{3,9})\\.?,?\\s+(\\d{4})" + END);
    private static final Pattern MONTH_NAME_DAY = Pattern.compile(
            "^(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + END);
    private static final Pattern MONTH_NAME_YEAR_FIRST = Pattern.compile(
            "^(\\d{4})[-\\s](\\p{L}{3,9})[-\\s](\\d{1,2})" + END);
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    /** A date line without its colon: {@code Date 09/04/2018}, {@code **Date** 2024-01-05}. */
    private static final Pattern COLONLESS = Pattern.compile("^\\s{0,3}(?:[-*+]\\s+)?(?:\\*\\*|__)?(?i:date)(?:\\*\\*|__)?\\s+(\\d.*)$");

    /** The order of day and month in dates written {@code 04/09/2018}. */
    public enum DayOrder {
        /** {@code dd/mm/yyyy}. */
        DAY_FIRST,
        /** {@code mm/dd/yyyy}. */
        MONTH_FIRST
    }

    /** Dates used when a file has no {@code Date}, most telling first. */
    private static final List<String> FALLBACK_DATE_KEYS = List.of("date of submission", "submission date",
            "submitted", "date proposed", "proposed on", "last modified", "introduced", "created",
            "decision date", "last updated", "updated");

    private DateReader() {
    }

    /**
     * The date from front matter, else a {@code Date} line, else a {@code Date 2018-04-09} line without its colon,
     * else another dated field ({@code Last Modified}, {@code Introduced}, {@code Created}...), else the first entry of
     * a {@code ## Changelog} section ({@link #changelog}), else a date the status line carries ({@code Proposed -
     * 30/04/2025}, {@code Accepted on 2024-03-01}), else the date the file or folder name starts with (line 0).
     */
    static void read(Adr.Builder b, FrontMatter fm, List<MetadataLine> header, List<TextLine> headerText,
            List<Section> sections, List<String> lines, Status status, String stem) {
        String text = null;
        int line = 0;
        String fmDate = fm.text("date");
        if (fmDate != null && !fmDate.isBlank()) {
            text = fmDate;
            line = fm.lineOf("date");
        }
        if (text == null) {
            for (MetadataLine m : header) {
                if (m.name().equals("date") && !m.value().isBlank()) {
                    text = m.value();
                    line = m.line();
                    break;
                }
            }
        }
        for (int i = 0; text == null && i < headerText.size(); i++) {
            Matcher m = COLONLESS.matcher(headerText.get(i).text());
            if (m.matches()) {
                text = m.group(1);
                line = headerText.get(i).line();
            }
        }
        for (int i = 0; text == null && i < FALLBACK_DATE_KEYS.size(); i++) {
            String key = FALLBACK_DATE_KEYS.get(i);
            for (MetadataLine m : header) {
                if (m.name().equals(key) && !m.value().isBlank()) {
                    text = m.value();
                    line = m.line();
                    break;
                }
            }
            String v = fm.text(key);
            if (text == null && v != null && !v.isBlank()) {
                text = v;
                line = fm.lineOf(key);
            }
        }
        if (text != null) {
            String clean = DateReader.clean(text);
            if (!clean.isEmpty()) {
                b.date(clean, interpret(clean, null), line);
                return;
            }
        }
        Entry entry = changelog(sections, lines);
        if (entry == null && status != null) {
            entry = dated(status.text(), status.line());
        }
        if (entry != null) {
            b.date(entry.text(), entry.found().date(), entry.line());
            return;
        }
        String named = DateReader.fromName(stem);
        if (named != null) {
            b.date(named, DateReader.parse(named), 0);
        }
    }

    /** What may stand before the date of a changelog entry: a bullet or number, bold or a code span. */
    private static final Pattern ENTRY_LEAD = Pattern.compile("^\\s{0,3}(?:(?:[-*+]|\\d{1,3}[.)])\\s+)?(?:\\*\\*|__|`)?");
    /** An ISO-shaped date, read as a date even when it names no real day ({@code 2023-13-10}). */
    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** {@code 1.10.12}: in a changelog a version number sooner than a date with a two-digit year. */
    private static final Pattern VERSION_LIKE = Pattern.compile("\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2}");

    /** A dated changelog entry: its date as written, its line, and the date read. */
    private record Entry(String text, int line, Found found) {
    }

    /**
     * The date of the first entry of a {@code ## Changelog} section (any alias of {@link SectionConcept#CHANGELOG}),
     * the way the changelog family of logs keeps an ADR's date ({@code - 2022-03-03: Initial draft}, {@code * 03.08.2022
     * - first draft}, {@code - January 28th, 2022: ...}): the earliest dated entry, as some changelogs list the newest
     * first; when no entry's day can be read yet (a day-month order only the log settles), the first dated entry.
     * An entry that starts with a version number or other figures that make no date is not an entry's date.
     */
    private static Entry changelog(List<Section> sections, List<String> lines) {
        for (Section s : sections) {
            if (!SectionConcept.of(s.heading()).contains(SectionConcept.CHANGELOG)) {
                continue;
            }
            Entry first = null;
            Entry earliest = null;
            int end = Math.min(s.endLine(), lines.size());
            for (int n = s.line() + 1; n <= end; n++) {
                String l = lines.get(n - 1);
                Matcher lead = ENTRY_LEAD.matcher(l);
                int from = lead.lookingAt() ? lead.end() : 0;
                Found f = at(l, from, null);
                if (f == null) {
                    continue;
                }
                String text = l.substring(f.start(), f.end());
                if (VERSION_LIKE.matcher(text).matches()
                        || f.date() == null && !orderOpen(text) && !ISO_SHAPE.matcher(text).matches()) {
                    continue;
                }
                Entry e = new Entry(text, n, f);
                if (first == null) {
                    first = e;
                }
                if (f.date() != null && (earliest == null || f.date().isBefore(earliest.found().date()))) {
                    earliest = e;
                }
            }
            if (earliest != null || first != null) {
                return earliest != null ? earliest : first;
            }
        }
        return null;
    }

    /** Whether a line is a date line without its colon ({@code Date 09/04/2018}, {@code **Date** 2024-01-05}). */
    public static boolean colonless(String line) {
        return line != null && COLONLESS.matcher(line).matches();
    }

    /**
     * The first full date in a text that carries one among other words (a status line: {@code Proposed - 30/04/2025},
     * {@code Accepted (2024-03-01)}, {@code Accepted on March 3, 2024}), or null. A date starts at a word's start;
     * a number inside a word ({@code ADR-0005}, {@code v1.10.12}) or a version number is none.
     */
    private static Entry dated(String text, int line) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isLetterOrDigit(text.charAt(i))
                    || i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || "-/.".indexOf(text.charAt(i - 1)) >= 0)) {
                continue;
            }
            Found f = at(text, i, null);
            if (f == null) {
                continue;
            }
            String t = text.substring(f.start(), f.end());
            if (VERSION_LIKE.matcher(t).matches()
                    || f.date() == null && !orderOpen(t) && !ISO_SHAPE.matcher(t).matches()) {
                continue;
            }
            return new Entry(t, line, f);
        }
        return null;
    }

    /** The date text cleaned of markup (bold, comments, braces of an unfilled template), trimmed. */
    static String clean(String raw) {
        String t = Markup.plain(raw);
        if (t.startsWith("{") && t.endsWith("}")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return Markup.withoutEmoji(t);
    }

    private static final Pattern NAME_ISO = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:$|[-_ .])");
    private static final Pattern NAME_COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|[-_ .])");

    /** The ISO date a file or folder name starts with ({@code 2024-01-15-x}, {@code 20240115-x}), or null. */
    static String fromName(String name) {
        Matcher m = NAME_ISO.matcher(name);
        if (m.find()) {
            return parse(m.group(1)) != null ? m.group(1) : null;
        }
        m = NAME_COMPACT.matcher(name);
        if (m.find()) {
            String iso = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
            return parse(iso) != null ? iso : null;
        }
        return null;
    }

    /** The ISO date at the start of the text, or null when there is none or it names no real day. */
    static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ISO.matcher(text.strip());
        if (!m.find()) {
            return null;
        }
        return day(m.group(1), m.group(2), m.group(3));
    }

    /**
     * A date written at a place in a text: where it starts and ends there, and the day it names, or null when it names
     * no real day ({@code 2023-13-10}) or its day-month order stays open ({@code 04/09/2018}).
     *
     * @param start index of the date's first character
     * @param end   index after its last character (a note after it is not part of it)
     * @param date  the day, or null
     */
    public record Found(int start, int end, LocalDate date) {
    }

    /**
     * The day a date text names, in any form this reader knows (see the class comment), or null when it names no real
     * day. A {@code 04/09/2018} date whose two first numbers could both be the month is read in {@code order}, and is
     * null when {@code order} is null; {@code 16/04/2018} and {@code 04/16/2018} need no order.
     * A note after the date ({@code (updated ...)}) is ignored.
     */
    public static LocalDate interpret(String text, DayOrder order) {
        if (text == null) {
            return null;
        }
        Found f = at(text.strip(), 0, order);
        return f == null ? null : f.date();
    }

    /**
     * The date written at {@code from} in the text, in any form this reader knows, or null when none starts there.
     * The one reading of dates for every part of the plugin: the parser, {@code invalid-date} (which quotes only the
     * date, not a note after it) and {@code adr:fix} (which rewrites only the date).
     */
    public static Found at(String text, int from, DayOrder order) {
        if (text == null || from < 0 || from >= text.length()) {
            return null;
        }
        Matcher m = ISO.matcher(text).region(from, text.length());
        if (m.find()) {
            return found(m, day(m.group(1), m.group(2), m.group(3)));
        }
        m = YEAR_FIRST.matcher(text).region(from, text.length());
        if (m.find()) {
            return found(m, day(m.group(1), m.group(3), m.group(4)));
        }
        m = COMPACT.matcher(text).region(from, text.length());
        if (m.find()) {
            return found(m, day(m.group(1), m.group(2), m.group(3)));
        }
        m = DOTTED.matcher(text).region(from, text.length());
        if (m.find()) {
            return found(m, day(year(m.group(3)), m.group(2), m.group(1)));
        }
        m = YEAR_LAST.matcher(text).region(from, text.length());
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int c = Integer.parseInt(m.group(3));
            DayOrder o = a > 12 ? DayOrder.DAY_FIRST : c > 12 ? DayOrder.MONTH_FIRST : a == c ? DayOrder.DAY_FIRST : order;
            if (o == null) {
                return found(m, null);
            }
            String y = year(m.group(4));
            return found(m, o == DayOrder.DAY_FIRST ? day(y, m.group(3), m.group(1)) : day(y, m.group(1), m.group(3)));
        }
        m = DAY_MONTH_NAME.matcher(text).region(from, text.length());
        if (m.find() && month(m.group(2)) != null) {
            return found(m, day(m.group(3), month(m.group(2)), m.group(1)));
        }
        m = MONTH_NAME_DAY.matcher(text).region(from, text.length());
        if (m.find() && month(m.group(1)) != null) {
            return found(m, day(m.group(3), month(m.group(1)), m.group(2)));
        }
        m = MONTH_NAME_YEAR_FIRST.matcher(text).region(from, text.length());
        if (m.find() && month(m.group(2)) != null) {
            return found(m, day(m.group(1), month(m.group(2)), m.group(3)));
        }
        return null;
    }

    /** Whether a date at the start of the text has a day-month order that only the log can settle. */
    public static boolean orderOpen(String text) {
        Found f = at(text, 0, null);
        return f != null && f.date() == null && at(text, 0, DayOrder.DAY_FIRST).date() != null;
    }

    private static Found found(Matcher m, LocalDate date) {
        return new Found(m.start(), m.end(), date);
    }

    /**
     * What a date text says about the log's day-month order: {@code 16/04/2018} says day first, {@code 04/16/2018}
     * month first; null for every other text.
     */
    public static DayOrder evidence(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = YEAR_LAST.matcher(text.strip());
        if (!m.find()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int c = Integer.parseInt(m.group(3));
        if (a > 12 && a <= 31 && c <= 12) {
            return DayOrder.DAY_FIRST;
        }
        if (c > 12 && c <= 31 && a <= 12) {
            return DayOrder.MONTH_FIRST;
        }
        return null;
    }

    /**
     * The day-month order a log's own dates settle: the order its unambiguous {@code dd/mm/yyyy} or
     * {@code mm/dd/yyyy} dates use, when they agree by a majority; null when they do not settle it.
     */
    public static DayOrder order(Iterable<String> dateTexts) {
        int dayFirst = 0;
        int monthFirst = 0;
        for (String t : dateTexts) {
            DayOrder o = evidence(t);
            if (o == DayOrder.DAY_FIRST) {
                dayFirst++;
            } else if (o == DayOrder.MONTH_FIRST) {
                monthFirst++;
            }
        }
        return dayFirst > monthFirst ? DayOrder.DAY_FIRST : monthFirst > dayFirst ? DayOrder.MONTH_FIRST : null;
    }

    /**
     * The log-level pass: dates left open because their day-month order is ambiguous ({@code 04/09/2018}) are read in
     * the order the log's other dates settle. ADRs whose date needs nothing are returned as they are.
     */
    static List<Adr> settle(List<Adr> adrs) {
        List<String> texts = new ArrayList<>();
        for (Adr a : adrs) {
            if (a.dateText() != null) {
                texts.add(a.dateText());
            }
        }
        DayOrder order = order(texts);
        if (order == null) {
            return adrs;
        }
        List<Adr> out = new ArrayList<>(adrs.size());
        for (Adr a : adrs) {
            if (a.date() == null && a.dateText() != null) {
                LocalDate d = interpret(a.dateText(), order);
                if (d != null) {
                    out.add(a.toBuilder().date(a.dateText(), d, a.dateLine()).build());
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** A four-digit year; a two-digit one is read in this century ({@code 24} is 2024). */
    private static String year(String y) {
        return y.length() == 2 ? "20" + y : y;
    }

    /** The month number of an English month name or its abbreviation ({@code Jan}, {@code Sept}), else null. */
    private static String month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) {
            return null;
        }
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].startsWith(n)) {
                return String.valueOf(i + 1);
            }
        }
        return null;
    }

    private static LocalDate day(String year, String month, String day) {
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
