package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.model.Memo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code Key: value} metadata line as ADR dialects write them: {@code Date: 2025-01-15}, {@code **Status**: Accepted},
 * {@code **Status:** Accepted}, {@code * Status: accepted}, {@code - Date: ...}, {@code * **Deciders:** ...},
 * {@code > **Status**: ...}, and the quick form {@code **Status**: Accepted | **Date**: 2025-01-15}.
 *
 * @param key    the key as written, e.g. {@code Status}
 * @param name   the normalised key: lower case, single spaces ({@code decision makers}, {@code last modified})
 * @param value  the value as written, trimmed, closing bold marks removed
 * @param line   1-based line
 * @param bold   whether the key was bold
 * @param bullet whether the line was a list item
 * @param piped  whether the line held several {@code |}-separated pairs
 */
record MetadataLine(String key, String name, String value, int line, boolean bold, boolean bullet, boolean piped) {

    /**
     * The leading blanks, quote marks and bullet are matched possessively: a line of blanks that is no metadata line
     * must fail in one pass, not by trying every split of the blanks between three quantifiers (fuzz input #7192 of
     * seed 20261202, a line of 941 blanks, took seconds).
     */
    static final Pattern KEY_LINE = Pattern.compile(
            "^\\s{0,3}+(?:>\\s?)*+\\s*+([-*+]\\s++)?(\\*\\*|__)?\\s*+([\\p{L}][\\p{L}\\p{M} _'-]{0,40}?)\\s*"
                    + "(?:(?:\\*\\*|__)\\s*[:\\uFF1A]|[:\\uFF1A]\\s*(?:\\*\\*|__)|[:\\uFF1A])(?!//)\\s*(.*)$");
    static final Pattern PIPE = Pattern.compile("\\s+\\|\\s+(?=(?:\\*\\*|__)?[\\p{L}][\\p{L} _-]{0,40}?(?:\\*\\*|__)?\\s*[:\\uFF1A])");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s_-]+");
    private static final Memo<String> NAMES = new Memo<>(4096, MetadataLine::nameOf);

    /** Reads one line; a line with several {@code |}-separated pairs gives one entry per pair. Empty when none. */
    static List<MetadataLine> read(String text, int line) {
        String capped = Markup.capped(text);
        if (capped.indexOf(':') < 0 && capped.indexOf('\uFF1A') < 0) {
            return List.of(); // every pair has its colon: most lines of a header, passed over without a regex
        }
        List<MetadataLine> out = new ArrayList<>();
        String[] parts = capped.indexOf('|') < 0 ? new String[] {capped} : PIPE.split(capped);
        boolean piped = parts.length > 1;
        boolean firstBullet = false;
        for (int i = 0; i < parts.length; i++) {
            Matcher m = KEY_LINE.matcher(parts[i]);
            if (!m.matches()) {
                if (i == 0) {
                    return out;
                }
                continue;
            }
            boolean bullet = m.group(1) != null || (i > 0 && firstBullet);
            if (i == 0) {
                firstBullet = bullet;
            }
            boolean bold = m.group(2) != null || parts[i].contains("**" + m.group(3).strip() + "**");
            String key = m.group(3).strip();
            String value = m.group(4).strip();
            if (value.endsWith("\\")) {
                value = value.substring(0, value.length() - 1).strip();
            }
            if (m.group(2) != null && (value.endsWith("**") || value.endsWith("__"))
                    && !value.substring(0, value.length() - 2).contains(m.group(2))) {
                value = value.substring(0, value.length() - 2).strip();
            }
            out.add(new MetadataLine(key, normalize(key), value, line, bold, bullet, piped));
        }
        return out;
    }

    /** The name of a key, memoised: a log's ADRs use the same few keys. */
    static String normalize(String key) {
        return NAMES.get(key);
    }

    private static String nameOf(String key) {
        String k = NAME_SEPARATORS.matcher(key.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        switch (k) {
            case "\u65E5\u671F": // Chinese "date"
                return "date";
            case "\u72B6\u6001": // Chinese "status" (simplified)
            case "\u72C0\u614B": // (traditional)
                return "status";
            default:
                return k;
        }
    }
}
