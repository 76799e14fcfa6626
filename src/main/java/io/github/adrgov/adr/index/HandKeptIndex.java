package io.github.adrgov.adr.index;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.StatusCategory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An index file kept by hand: a file without our markers whose lines link ADR files of the log. Read line by line:
 * every Markdown link (inline or reference definition) outside code fences that names an ADR of the log is an entry,
 * with the status the index gives it when it gives one (a table cell that is a status, a bullet that ends with one, or
 * a heading such as {@code ## Superseded} above the entry).
 *
 * <p>A file counts as a hand-kept index when it links at least {@link #MIN_LINKED} ADRs (all of them in a smaller
 * log): a README that names one ADR in passing is not an index.
 */
public final class HandKeptIndex {

    /** How many distinct ADRs a file must link to count as an index of them. */
    public static final int MIN_LINKED = 3;

    private static final Pattern INLINE_LINK = Pattern.compile("\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern TRAILING_STATUS = Pattern.compile(
            "(?:[-\u2013\u2014:,|]|\\(|\\[)\\s*\\**_*([A-Za-z][A-Za-z ]*?)_*\\**\\s*[)\\]]?\\s*$");

    /**
     * One link to an ADR.
     *
     * @param line        1-based line of the link
     * @param adr         the ADR it links
     * @param listedAs    the status category the index gives it, or null when it gives none
     * @param listedText  that status as written, or null
     */
    public record Entry(int line, Adr adr, StatusCategory listedAs, String listedText) {
    }

    private final List<Entry> entries;
    private final int firstLine;
    private final int lastLine;

    private HandKeptIndex(List<Entry> entries, int firstLine, int lastLine) {
        this.entries = List.copyOf(entries);
        this.firstLine = firstLine;
        this.lastLine = lastLine;
    }

    /** Every link to an ADR, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The ADRs linked, in file order, each once. */
    public Set<Adr> linked() {
        Set<Adr> out = new LinkedHashSet<>();
        for (Entry e : entries) {
            out.add(e.adr());
        }
        return out;
    }

    /** 1-based first line of the hand-kept list: the first entry, or the table header above it. */
    public int firstLine() {
        return firstLine;
    }

    /** 1-based last line of the hand-kept list: the last entry. */
    public int lastLine() {
        return lastLine;
    }

    /**
     * Reads a hand-kept index.
     *
     * @param text      the file's text (no markers: the caller checks)
     * @param indexFile the file, relative to the base directory with forward slashes
     * @param log       the log it indexes
     * @param statuses  the status vocabulary
     * @return the index, or empty when the file links fewer ADRs than an index would
     */
    public static Optional<HandKeptIndex> read(String text, String indexFile, AdrLog log, StatusVocabulary statuses) {
        List<String> lines = IndexFile.normalizeLineEndings(text).lines().toList();
        Adr from = Adr.builder(indexFile).id("\u0000index").build();
        List<Entry> entries = new ArrayList<>();
        boolean inFence = false;
        StatusCategory headingStatus = null;
        String headingText = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                headingText = strip(h.group(1));
                headingStatus = status(headingText, statuses);
                continue;
            }
            List<String> destinations = new ArrayList<>();
            Matcher m = INLINE_LINK.matcher(line);
            while (m.find()) {
                destinations.add(m.group(2));
            }
            Matcher r = REFERENCE.matcher(line);
            if (destinations.isEmpty() && r.matches()) {
                destinations.add(r.group(1));
            }
            Adr first = null;
            for (String d : destinations) {
                List<Adr> to = log.resolvePath(from, d);
                if (to.size() == 1) {
                    first = to.get(0);
                    break;
                }
            }
            if (first == null) {
                continue;
            }
            String[] listed = listedStatus(line, statuses);
            if (listed == null && headingStatus != null) {
                listed = new String[] {headingStatus.name(), headingText};
            }
            entries.add(new Entry(i + 1, first, listed == null ? null : StatusCategory.valueOf(listed[0]),
                    listed == null ? null : listed[1]));
        }
        Set<Adr> distinct = new LinkedHashSet<>();
        for (Entry e : entries) {
            distinct.add(e.adr());
        }
        if (distinct.isEmpty() || distinct.size() < Math.min(MIN_LINKED, log.size())) {
            return Optional.empty();
        }
        int[] region = region(lines, entries);
        return Optional.of(new HandKeptIndex(entries, region[0], region[1]));
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+.*|^\\s*\\|.*");

    /**
     * The hand-kept list: of the runs of list items and table rows (with the blank lines and headings between them)
     * that hold entries, the one that holds the most; from its first item (or the table header above it) to its last
     * entry. A link in prose around the list is not part of it.
     */
    private static int[] region(List<String> lines, List<Entry> entries) {
        Set<Integer> entryLines = new java.util.HashSet<>();
        for (Entry e : entries) {
            entryLines.add(e.line());
        }
        int[] best = null;
        int bestCount = 0;
        int n = lines.size();
        int i = 1;
        while (i <= n) {
            if (!LIST_ITEM.matcher(lines.get(i - 1)).matches()) {
                i++;
                continue;
            }
            int start = i;
            int lastEntry = 0;
            int count = 0;
            int j = i;
            while (j <= n) {
                String l = lines.get(j - 1);
                boolean item = LIST_ITEM.matcher(l).matches();
                boolean glue = l.isBlank() || HEADING.matcher(l).matches();
                if (!item && !glue) {
                    break;
                }
                if (item && entryLines.contains(j)) {
                    lastEntry = j;
                    count++;
                }
                j++;
            }
            if (count > bestCount) {
                bestCount = count;
                int first = start;
                while (first < lastEntry && !entryLines.contains(first)
                        && !lines.get(first - 1).strip().startsWith("|")) {
                    first++; // items before the first entry that are not table rows stay (e.g. a note)
                }
                best = new int[] {first, lastEntry};
            }
            i = j;
        }
        if (best == null) {
            int only = entries.get(0).line();
            return new int[] {only, only};
        }
        return best;
    }

    /** The status a line gives its entry: a table cell that is a status, else a status that ends a bullet. */
    private static String[] listedStatus(String line, StatusVocabulary statuses) {
        String t = line.strip();
        if (t.startsWith("|")) {
            for (String cell : t.split("\\|")) {
                String c = strip(INLINE_LINK.matcher(cell).replaceAll("$1"));
                StatusCategory cat = status(c, statuses);
                if (cat != null) {
                    return new String[] {cat.name(), c};
                }
            }
            return null;
        }
        String rest = INLINE_LINK.matcher(t).replaceAll("\u0001");
        Matcher m = TRAILING_STATUS.matcher(rest);
        if (m.find()) {
            String word = m.group(1).strip();
            StatusCategory cat = status(word, statuses);
            if (cat != null) {
                return new String[] {cat.name(), word};
            }
        }
        return null;
    }

    /** The category of a text that is a status word (or {@code Superseded by ...}), else null. */
    private static StatusCategory status(String text, StatusVocabulary statuses) {
        if (text == null || text.isEmpty() || text.length() > 60) {
            return null;
        }
        StatusCategory cat = statuses.categoryOf(text);
        if (cat != null && cat != StatusCategory.OTHER) {
            return cat;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("superseded by") || lower.startsWith("superceded by")) {
            return StatusCategory.SUPERSEDED;
        }
        return null;
    }

    /** Text without emphasis, code marks and surrounding blanks. */
    private static String strip(String s) {
        return s.replaceAll("[*_`]", "").strip();
    }
}
