package io.github.adrgov.adr.edit;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits one ADR in the way its own file writes things, using the parsed model to find the lines: the status (a bold
 * {@code **Status**:} line, one pair of the quick one-liner, a {@code ## Status} section line, a {@code * Status:}
 * or {@code - Status:} bullet, the {@code status:} key of the front matter), the date, and "Supersedes" links (the
 * {@code ## Status} section, the front matter, a Related Decisions / Links section). Only the lines that change are
 * touched; everything else of the file stays byte for byte (see {@link LinePatch}). Every edit is idempotent: asking
 * for what the file already says changes nothing.
 *
 * <p>Collect edits, then take {@link #result()}. Line numbers always refer to the file as parsed, so several edits
 * combine; create a new editor from a fresh parse to edit the result again. Not thread-safe.
 */
public final class AdrEditor {

    private static final String[] STATUS_KEYS = {"status", "\u72B6\u6001", "\u72C0\u614B"};
    private static final String[] DATE_KEYS = {"date"};
    private static final String[] OTHER_DATE_KEYS = {"last modified", "introduced", "created", "decision date",
        "last updated", "updated"};
    private static final Pattern DATED = Pattern.compile(
            "^(\\s*(?:[-*+]\\s+)?\\**)(\\d{4}-\\d{2}-\\d{2})(\\**\\s*[:\\-\\u2013\\u2014]?\\s+)(\\S.*)$");
    private static final Pattern LEADING_DATE = Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}");
    private static final Pattern LINK_SECTION = Pattern.compile(
            "related.*|links?|see also|references?|supersedes|supersession.*|.*related (decisions|adrs|records)");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)([-*+])\\s+");

    private final Adr adr;
    private final LineText text;
    private final String today;
    private final Map<Integer, String> replaced = new TreeMap<>();
    private final Map<Integer, List<String>> insertedAfter = new TreeMap<>();

    private AdrEditor(Adr adr, LineText text, String today) {
        this.adr = adr;
        this.text = text;
        this.today = today;
    }

    /**
     * An editor for {@code adr}, parsed from {@code text}.
     *
     * @param today the ISO date written where a dialect records a change with its date (a dated status history)
     * @throws EditException when the text is not the one the model was parsed from
     */
    public static AdrEditor of(Adr adr, LineText text, String today) throws EditException {
        Objects.requireNonNull(adr, "adr");
        Objects.requireNonNull(text, "text");
        if (!text.texts().equals(adr.lines())) {
            throw new EditException(adr.file() + ": changed since it was read; nothing was written");
        }
        return new AdrEditor(adr, text, Objects.requireNonNull(today, "today"));
    }

    /** The ADR being edited. */
    public Adr adr() {
        return adr;
    }

    /**
     * Sets the status to {@code status} (e.g. {@code Accepted}, {@code Superseded by ADR-004}) where the file writes
     * it, in the case the file uses ({@code accepted}, {@code ACCEPTED}). A dated status history gets a new dated line.
     * A file without a status gets one where its dialect puts it.
     *
     * @throws EditException when the status is written in a way that cannot be changed safely (a badge, a list)
     */
    public AdrEditor status(String status) throws EditException {
        String value = status.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty status");
        }
        if (adr.status().isEmpty()) {
            return addStatus(value);
        }
        int n = adr.status().get().line();
        String line = current(n);
        if (n < adr.bodyStartLine()) {
            ValueSpan s = ValueSpan.yaml(line, "status");
            if (s == null || s.of(line).isEmpty()) {
                throw refuse(n, "its status is not a one-line front matter value");
            }
            String styled = styled(unquoted(s.of(line)), value);
            replace(n, s.replace(line, yamlValue(s.of(line), styled)));
            return this;
        }
        if (line.contains("![")) {
            throw refuse(n, "its status is written as an image (a badge)");
        }
        ValueSpan s = ValueSpan.markdown(line, STATUS_KEYS);
        if (s == null && isHeading(n)) {
            s = ValueSpan.heading(line);
        }
        if (s == null) {
            Matcher dated = DATED.matcher(line);
            if (dated.matches()) {
                String styled = styled(dated.group(4), value);
                if (!dated.group(4).replaceFirst("\\.$", "").strip().equals(styled)) {
                    insertAfter(n, List.of(dated.group(1) + today + dated.group(3) + styled));
                }
                return this;
            }
            s = ValueSpan.bare(line);
        }
        if (s.of(line).isEmpty()) {
            throw refuse(n, "its status line holds no value to change");
        }
        String styled = styled(s.of(line), value);
        replace(n, s.replace(line, styled));
        return this;
    }

    /** Sets the status to {@code Superseded by <reference>} (see {@link #reference}). */
    public AdrEditor supersededBy(String reference) throws EditException {
        return status("Superseded by " + reference);
    }

    /**
     * Adds "Supersedes {@code reference}" where the file's dialect writes it: a line of the {@code ## Status}
     * section, the {@code supersedes} key of the front matter, a bullet of Related Decisions / Links (the section is
     * added at the end when the file has none). Nothing changes when the file already names that target as
     * superseded (same number, or same file).
     *
     * @param reference  the Markdown to write, e.g. {@code ADR-002} or {@code [2. Use X](0002-use-x.md)}
     * @param number     the target's number, or null
     * @param targetFile the target's file name or relative path, or null
     */
    public AdrEditor supersedes(String reference, Integer number, String targetFile) throws EditException {
        for (AdrLink l : adr.links(LinkKind.SUPERSEDES)) {
            if ((number != null && number.equals(l.targetNumber()))
                    || (targetFile != null && l.targetPath() != null && sameFile(l.targetPath(), targetFile))) {
                return this;
            }
        }
        int statusLine = adr.status().map(s -> s.line()).orElse(0);
        boolean frontMatter = adr.bodyStartLine() > 1;
        if (frontMatter && (statusLine > 0 && statusLine < adr.bodyStartLine() || adr.field("supersedes").isPresent())) {
            int existing = adr.field("supersedes").map(f -> f.line()).orElse(0);
            if (existing > 0 && existing < adr.bodyStartLine()) {
                String line = current(existing);
                ValueSpan s = ValueSpan.yaml(line, "supersedes");
                if (s != null && !s.of(line).isEmpty() && !s.of(line).startsWith("[") && !s.of(line).startsWith("\"")
                        && !s.of(line).startsWith("'")) {
                    replace(existing, s.replace(line, s.of(line) + ", " + yamlScalar(plainReference(reference))));
                    return this;
                }
                throw refuse(existing, "its supersedes key is not a one-line value");
            }
            int after = statusLine > 0 && statusLine < adr.bodyStartLine() ? statusLine : adr.bodyStartLine() - 2;
            insertAfter(after, List.of("supersedes: " + yamlScalar(plainReference(reference))));
            return this;
        }
        Section statusSection = statusSection();
        if (statusSection != null && adr.dialect() != Dialect.MADR && adr.dialect() != Dialect.LOG4BRAINS) {
            int last = lastContentLine(statusSection);
            insertAfter(last, List.of("", styledPhrase("Supersedes") + " " + reference));
            return this;
        }
        Section links = linkSection();
        String marker = bulletMarker();
        if (links != null) {
            int last = lastContentLine(links);
            if (last == links.line()) {
                insertAfter(last, List.of("", marker + " Supersedes " + reference));
            } else {
                Matcher b = BULLET.matcher(current(last));
                String m = b.find() ? b.group(1) + b.group(2) : marker;
                insertAfter(last, List.of(m + " Supersedes " + reference));
            }
            return this;
        }
        String heading = adr.dialect() == Dialect.TEMPLATE || adr.dialect() == Dialect.QUICK
                ? "## Related Decisions" : "## Links";
        int end = lastNonBlank(text.size());
        List<String> add = new ArrayList<>();
        add.add("");
        add.addAll(List.of(heading, "", marker + " Supersedes " + reference));
        insertAfter(end, add);
        return this;
    }

    /**
     * Sets the date to {@code iso} where the file writes it ({@code **Date**:}, {@code Date:}, a bullet, the front
     * matter); a file without a date line gets one where its dialect puts it. A date taken from the file name only is
     * left alone (there is no line to change).
     */
    public AdrEditor date(String iso) throws EditException {
        int n = adr.dateLine();
        if (n == 0) {
            return addDate(iso);
        }
        String line = current(n);
        ValueSpan s = n < adr.bodyStartLine() ? ValueSpan.yaml(line, "date") : ValueSpan.markdown(line, DATE_KEYS);
        if (s == null && n < adr.bodyStartLine()) {
            throw refuse(n, "its date is not a one-line front matter value");
        }
        if (s == null) {
            s = ValueSpan.markdown(line, OTHER_DATE_KEYS);
        }
        if (s == null) {
            Matcher d = LEADING_DATE.matcher(line);
            if (!d.find()) {
                throw refuse(n, "its date line has no date to change");
            }
            replace(n, line.substring(0, d.start()) + iso + line.substring(d.end()));
            return this;
        }
        String old = s.of(line);
        replace(n, s.replace(line, n < adr.bodyStartLine() ? yamlValue(old, iso) : iso));
        return this;
    }

    /** The patch of all edits so far (empty when nothing changes). */
    public LinePatch patch() {
        LinePatch p = LinePatch.create();
        replaced.forEach((n, t) -> {
            if (!t.equals(text.text(n))) {
                p.replace(n, t);
            }
        });
        insertedAfter.forEach(p::insertAfter);
        return p;
    }

    /** The file's text with all edits applied. */
    public LineText result() throws EditException {
        return patch().apply(text);
    }

    /**
     * How an ADR of {@code dialect} names another ADR: seed formats {@code ADR-004} (the digits as the target's title
     * writes them, else three), Nygard {@code [4. Title](0004-title.md)}, MADR {@code [ADR-0004](0004-title.md)},
     * log4brains {@code [Title](20240115-title.md)}; an unnumbered target is linked by its title or file name.
     *
     * @param target   the ADR named
     * @param linkPath the path of its file relative to the folder of the file that names it
     */
    public static String reference(Dialect dialect, Adr target, String linkPath) {
        Integer n = target.number();
        String title = target.title() == null ? target.id() : target.title();
        switch (dialect) {
            case TEMPLATE, QUICK -> {
                if (n != null) {
                    return "ADR-" + titleDigits(target, 3);
                }
                return "[" + title + "](" + linkPath + ")";
            }
            case NYGARD -> {
                return "[" + (n != null ? n + ". " : "") + title + "](" + linkPath + ")";
            }
            case LOG4BRAINS -> {
                return "[" + title + "](" + linkPath + ")";
            }
            default -> {
                String label = n != null ? "ADR-" + (target.fileNumberText() != null ? target.fileNumberText()
                        : titleDigits(target, 4)) : title;
                return "[" + label + "](" + linkPath + ")";
            }
        }
    }

    private static String titleDigits(Adr target, int width) {
        if (target.titleLine() > 0 && target.titleLine() <= target.lines().size()) {
            Matcher m = Pattern.compile("(?i)\\bADR[-_ ]?(\\d+)").matcher(target.lines().get(target.titleLine() - 1));
            if (m.find() && Integer.parseInt(m.group(1)) == target.number()) {
                return m.group(1);
            }
        }
        return String.format(Locale.ROOT, "%0" + width + "d", target.number());
    }

    // ---- adding what is missing

    private AdrEditor addStatus(String value) throws EditException {
        Dialect d = style();
        if (adr.bodyStartLine() > 1 && (d == Dialect.MADR || d == Dialect.UNKNOWN)) {
            insertAfter(adr.bodyStartLine() - 2, List.of("status: " + yamlScalar(value)));
            return this;
        }
        Section section = statusSection();
        if (section != null) {
            insertAfter(section.line(), List.of("", value));
            return this;
        }
        int date = adr.dateLine();
        switch (d) {
            case QUICK -> {
                if (date > 0 && ValueSpan.markdown(current(date), DATE_KEYS) != null) {
                    String line = current(date);
                    int at = line.indexOf("**");
                    if (at >= 0) {
                        replace(date, line.substring(0, at) + "**Status**: " + value + " | " + line.substring(at));
                        return this;
                    }
                }
                return afterTitle(List.of("**Status**: " + value));
            }
            case TEMPLATE -> {
                if (date > 0) {
                    insertAfter(date, List.of("**Status**: " + value));
                    return this;
                }
                return afterTitle(List.of("**Status**: " + value));
            }
            case MADR, LOG4BRAINS -> {
                String marker = bulletMarker();
                return afterTitle(List.of(marker + " Status: " + value));
            }
            default -> {
                int before = adr.sections().isEmpty() ? 0 : adr.sections().get(0).line();
                if (before > 0) {
                    insertAfter(before - 1, List.of("## Status", "", value, ""));
                    return this;
                }
                insertAfter(lastNonBlank(text.size()), List.of("", "## Status", "", value));
                return this;
            }
        }
    }

    private AdrEditor addDate(String iso) throws EditException {
        Dialect d = style();
        int status = adr.status().map(s -> s.line()).orElse(0);
        if (adr.bodyStartLine() > 1 && (status == 0 || status < adr.bodyStartLine())) {
            int after = status > 0 ? status : adr.bodyStartLine() - 2;
            insertAfter(after, List.of("date: " + iso));
            return this;
        }
        switch (d) {
            case QUICK -> {
                String line = current(status);
                ValueSpan s = ValueSpan.markdown(line, STATUS_KEYS);
                if (status > 0 && s != null) {
                    replace(status, line.substring(0, s.end()) + " | **Date**: " + iso + line.substring(s.end()));
                    return this;
                }
                return afterTitle(List.of("**Date**: " + iso));
            }
            case TEMPLATE -> {
                if (status > 0) {
                    insertAfter(status - 1, List.of("**Date**: " + iso));
                    return this;
                }
                return afterTitle(List.of("**Date**: " + iso));
            }
            case MADR, LOG4BRAINS -> {
                String marker = bulletMarker();
                if (status > 0 && ValueSpan.markdown(current(status), STATUS_KEYS) != null) {
                    insertAfter(status, List.of(marker + " Date: " + iso));
                    return this;
                }
                return afterTitle(List.of(marker + " Date: " + iso));
            }
            default -> {
                return afterTitle(List.of("Date: " + iso));
            }
        }
    }

    /** Inserts a block after the title with one blank line between (and one after, when the next line is text). */
    private AdrEditor afterTitle(List<String> block) throws EditException {
        int t = adr.titleLine();
        if (t == 0) {
            throw new EditException(adr.file() + ": has no title to put the new line under; nothing was written");
        }
        List<String> add = new ArrayList<>();
        add.add("");
        add.addAll(block);
        boolean nextBlank = t + 1 <= text.size() && current(t + 1).isBlank();
        if (!nextBlank && t + 1 <= text.size()) {
            add.add("");
        }
        if (nextBlank) {
            // title, blank, <block>, blank: reuse the existing blank line after the title
            add.remove(0);
            insertAfter(t + 1, add);
            if (t + 2 <= text.size() && !current(t + 2).isBlank()) {
                insertedAfter.get(t + 1).add("");
            }
            return this;
        }
        insertAfter(t, add);
        return this;
    }

    // ---- helpers

    /**
     * The dialect whose way of writing is followed: the detected one, except that a file the detector could not
     * place because its status or date is missing still writes bold {@code **Key**:} lines like the seed template.
     */
    private Dialect style() {
        Dialect d = adr.dialect();
        if (d == Dialect.TEMPLATE || d == Dialect.QUICK || d == Dialect.MADR || d == Dialect.LOG4BRAINS) {
            return d;
        }
        for (io.github.adrgov.adr.model.Field f : adr.fields().values()) {
            if (f.line() >= adr.bodyStartLine() && f.line() <= text.size()
                    && current(f.line()).toLowerCase(Locale.ROOT).contains("**" + f.name().toLowerCase(Locale.ROOT)) && !BULLET.matcher(current(f.line())).find()) {
                return Dialect.TEMPLATE;
            }
        }
        return d;
    }

    private Section statusSection() {
        for (Section s : adr.sections()) {
            String h = s.heading().toLowerCase(Locale.ROOT).replaceAll("[:\\s]+$", "");
            if (h.equals("status") || h.startsWith("status:") || h.equals("\u72B6\u6001") || h.equals("\u72C0\u614B")) {
                return s;
            }
        }
        return null;
    }

    private Section linkSection() {
        for (Section s : adr.sections()) {
            if (LINK_SECTION.matcher(s.heading().toLowerCase(Locale.ROOT)).matches()) {
                return s;
            }
        }
        return null;
    }

    /** The last line of a section that is not blank (the heading when the section is empty). */
    private int lastContentLine(Section s) {
        int last = s.line();
        for (int n = s.line() + 1; n <= Math.min(s.endLine(), text.size()); n++) {
            if (!current(n).isBlank()) {
                last = n;
            }
        }
        return last;
    }

    private int lastNonBlank(int from) {
        int n = from;
        while (n > 0 && current(n).isBlank()) {
            n--;
        }
        return n;
    }

    /** The bullet marker of the file's header ({@code *} for MADR 2, {@code -} otherwise). */
    private String bulletMarker() {
        int status = adr.status().map(s -> s.line()).orElse(0);
        for (int n : new int[] {status, adr.dateLine()}) {
            if (n > 0 && n <= text.size()) {
                Matcher m = BULLET.matcher(current(n));
                if (m.find()) {
                    return m.group(2);
                }
            }
        }
        return "-";
    }

    private String styledPhrase(String phrase) {
        String statusText = adr.status().map(s -> s.text()).orElse("");
        if (!statusText.isEmpty() && Character.isLowerCase(statusText.charAt(0))) {
            return phrase.toLowerCase(Locale.ROOT);
        }
        return phrase;
    }

    private boolean isHeading(int n) {
        for (Section s : adr.sections()) {
            if (s.line() == n) {
                return true;
            }
        }
        return false;
    }

    private String current(int n) {
        return replaced.getOrDefault(n, text.text(n));
    }

    private void replace(int n, String line) {
        replaced.put(n, line);
    }

    private void insertAfter(int n, List<String> lines) {
        insertedAfter.computeIfAbsent(n, k -> new ArrayList<>()).addAll(lines);
    }

    private EditException refuse(int line, String why) {
        return new EditException(adr.file() + ":" + line + ": " + why + "; change it by hand");
    }

    /** The new value in the case style of the old one: {@code accepted}, {@code ACCEPTED} or as given. */
    static String styled(String old, String value) {
        String o = old.replaceAll("[^\\p{L}].*$", "");
        if (o.isEmpty()) {
            return value;
        }
        int words = value.regionMatches(true, 0, "superseded by ", 0, 14) ? 2 : 1;
        int end = 0;
        for (int w = 0; w < words; w++) {
            int sp = value.indexOf(' ', end + (w > 0 ? 1 : 0));
            end = sp < 0 ? value.length() : sp;
        }
        String head = value.substring(0, end);
        String tail = value.substring(end);
        if (o.length() > 1 && o.equals(o.toUpperCase(Locale.ROOT))) {
            return head.toUpperCase(Locale.ROOT) + tail;
        }
        if (Character.isLowerCase(o.charAt(0))) {
            return head.toLowerCase(Locale.ROOT) + tail;
        }
        return head.substring(0, 1).toUpperCase(Locale.ROOT) + head.substring(1).toLowerCase(Locale.ROOT) + tail;
    }

    private static String unquoted(String yaml) {
        if (yaml.length() >= 2 && (yaml.startsWith("\"") && yaml.endsWith("\"") || yaml.startsWith("'") && yaml.endsWith("'"))) {
            return yaml.substring(1, yaml.length() - 1);
        }
        return yaml;
    }

    /** {@code value} written with the quoting of {@code old}: double, single, or plain when plain is safe. */
    static String yamlValue(String old, String value) {
        if (old.startsWith("\"")) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (old.startsWith("'")) {
            return "'" + value.replace("'", "''") + "'";
        }
        return yamlScalar(value);
    }

    /** A YAML scalar: plain when that reads back as the same string, else double-quoted. */
    static String yamlScalar(String value) {
        boolean plainSafe = !value.isEmpty() && "-?:,[]{}#&*!|>'\"%@`".indexOf(value.charAt(0)) < 0
                && !value.contains(": ") && !value.contains(" #") && !value.endsWith(":")
                && value.equals(value.strip());
        if (plainSafe) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A reference for front matter: the link text when it is an ADR number, else the file it links. */
    private static String plainReference(String reference) {
        Matcher link = Pattern.compile("^\\[([^\\]]*)]\\(([^)]*)\\)$").matcher(reference);
        if (link.matches()) {
            return link.group(1).matches("(?i)ADR[-_ ]?\\d+") ? link.group(1) : link.group(2);
        }
        return reference;
    }

    private static boolean sameFile(String a, String b) {
        String x = a.replaceFirst("#.*$", "");
        String y = b.replaceFirst("#.*$", "");
        return x.substring(x.lastIndexOf('/') + 1).equalsIgnoreCase(y.substring(y.lastIndexOf('/') + 1));
    }
}
