package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.model.Adr;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date of an ADR: the text as written, and a date only when it is a valid ISO {@code YYYY-MM-DD}. */
final class DateReader {

    /** An ISO date at the start, alone or followed by a note ({@code 2021-01-01 (Updated 2021-12-20)}) or a time. */
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:\\.?$|[\\sT,;(]|\\s*[-\\u2013\\u2014])");

    /** Dates used when a file has no {@code Date}, most telling first. */
    private static final List<String> FALLBACK_DATE_KEYS = List.of("last modified", "introduced", "created",
            "decision date", "last updated", "updated");

    private DateReader() {
    }

    /**
     * The date from front matter, else a {@code Date} line, else another dated field ({@code Last Modified},
     * {@code Introduced}, {@code Created}...), else the date the file or folder name starts with (line 0).
     */
    static void read(Adr.Builder b, FrontMatter fm, List<MetadataLine> header, String stem) {
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
                b.date(clean, DateReader.parse(clean), line);
                return;
            }
        }
        String named = DateReader.fromName(stem);
        if (named != null) {
            b.date(named, DateReader.parse(named), 0);
        }
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
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
