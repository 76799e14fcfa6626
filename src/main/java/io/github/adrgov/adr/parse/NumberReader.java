package io.github.adrgov.adr.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads ADR numbers from file names, titles and front matter values. */
final class NumberReader {

    /** {@code 0001-x}, {@code ADR-001-x}, {@code adr001}, {@code DR001-x}, {@code 1-x}, {@code 0000_x}, {@code ADR-0002 x}. */
    private static final Pattern FILE_NUMBER =
            Pattern.compile("^(?:a?dr)?[-_ ]?(\\d{1,9})(?=$|[-_ .])", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT_DATE = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:$|[-_ .])");
    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}(?:$|\\D)");
    /** {@code 2026-01-slug}: a year and month. */
    private static final Pattern YEAR_MONTH_PREFIX = Pattern.compile("^(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])(?:$|[-_])");
    /** {@code 6 Title}: a bare number, taken only when it is plausibly the ADR's number (see {@link #bareNumber}). */
    private static final Pattern TITLE_BARE = Pattern.compile("^(\\d{1,9})\\s+(\\S.*)$");
    /** A generic prefix that is not part of the title: {@code Architecture Decision Record: X}, {@code ADR: X}. */
    private static final Pattern GENERIC_PREFIX = Pattern.compile(
            "^(?:architecture\\s+decision\\s+record|architectural\\s+decision\\s+record|decision\\s+record|ADR)"
                    + "\\s*[:\\-\\u2013\\u2014]\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);

    /** {@code ADR-001: T}, {@code ADR001: T}, {@code ADR-0002 T}, {@code ADR 8 - T}, {@code DR001 T}. */
    private static final Pattern TITLE_PREFIXED = Pattern.compile(
            "^(?:a?dr)[-_ ]?(\\d{1,9})(?:\\s*[:.)\\-\\u2013\\u2014|]\\s*|\\s+|$)(.*)$", Pattern.CASE_INSENSITIVE);
    /** {@code 1. T}, {@code 0006. T}, {@code 1) T}, {@code 1: T}, {@code 1 - T}. */
    private static final Pattern TITLE_NUMBERED =
            Pattern.compile("^(\\d{1,9})(?:\\s*[.):]|\\s+[-\\u2013\\u2014])(?:\\s+|$)(.*)$");
    private static final Pattern VALUE_NUMBER = Pattern.compile("^(?:a?dr)?[-_ ]?(\\d{1,9})$", Pattern.CASE_INSENSITIVE);

    private NumberReader() {
    }

    /** The digits of the number in a file or folder name (without extension), or null (date-named files have none). */
    static String fileNumber(String name) {
        if (isDateNamed(name)) {
            return null;
        }
        Matcher m = FILE_NUMBER.matcher(name);
        return m.find() ? m.group(1) : null;
    }

    private static boolean digit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    /** Whether a name starts with a date ({@code 20240115-x}, {@code 2024-01-15-x}) rather than a sequence number. */
    static boolean isDateNamed(String name) {
        // each form starts with four digits, then a '-' and a digit (ISO, year-month) or, after 19 or 20, a digit
        // (compact): a name that does not (0001-use-x, 00001-use-x, most names) is passed over without the regexes
        if (name.length() < 6 || !digit(name, 0) || !digit(name, 1) || !digit(name, 2) || !digit(name, 3)) {
            return false;
        }
        char c0 = name.charAt(0);
        char c1 = name.charAt(1);
        boolean mayBe = name.charAt(4) == '-' ? digit(name, 5)
                : digit(name, 4) && (c0 == '1' && c1 == '9' || c0 == '2' && c1 == '0');
        return mayBe && isDateNamedByRegex(name);
    }

    /** {@link #isDateNamed} by the regexes alone, without the check of the first characters. */
    static boolean isDateNamedByRegex(String name) {
        if (ISO_DATE_PREFIX.matcher(name).find() || YEAR_MONTH_PREFIX.matcher(name).find()) {
            return true;
        }
        Matcher d = COMPACT_DATE.matcher(name);
        if (d.find()) {
            try {
                LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
        return false;
    }

    /** A title split into its number (or null) and the rest. */
    record NumberedTitle(Integer number, String title) {
    }

    /**
     * Splits {@code 1. Use X} into 1 and {@code Use X}; a title without number prefix comes back whole. A bare
     * {@code 6 Use X} counts only when 6 is the file's number. A generic prefix such as {@code Architecture Decision
     * Record:} is dropped.
     */
    static NumberedTitle splitTitle(String title, Integer fileNumber) {
        for (Pattern p : new Pattern[] {TITLE_PREFIXED, TITLE_NUMBERED}) {
            Matcher m = p.matcher(title);
            if (m.matches()) {
                String rest = withoutGenericPrefix(m.group(2).strip());
                return new NumberedTitle(Integer.valueOf(m.group(1)), rest.isEmpty() ? title : rest);
            }
        }
        Matcher bare = TITLE_BARE.matcher(title);
        if (fileNumber != null && bare.matches() && bareNumber(bare.group(1), bare.group(2), fileNumber)) {
            return new NumberedTitle(Integer.valueOf(bare.group(1)), bare.group(2).strip());
        }
        return new NumberedTitle(null, withoutGenericPrefix(title));
    }

    /**
     * Whether {@code 29} in {@code # 29 Use X} is the ADR's number rather than the start of the title ({@code # 3 Ways
     * to cache}): it repeats the file's number, or it is zero-padded, or it lies near the file's number and the title
     * goes on with a capital letter or code.
     */
    private static boolean bareNumber(String digits, String rest, int fileNumber) {
        int n = Integer.parseInt(digits);
        if (n == fileNumber || (digits.length() > 1 && digits.startsWith("0"))) {
            return true;
        }
        char first = rest.strip().charAt(0);
        return Math.abs(n - fileNumber) <= 10 && (Character.isUpperCase(first) || first == '`');
    }

    private static String withoutGenericPrefix(String title) {
        Matcher m = GENERIC_PREFIX.matcher(title);
        return m.find() ? title.substring(m.end()) : title;
    }

    /** A number written as a front matter value ({@code 7}, {@code 0007}, {@code ADR-0007}), or null. */
    static Integer valueNumber(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = VALUE_NUMBER.matcher(value.strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
