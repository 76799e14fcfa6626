package io.github.adrgov.adr.index;

import io.github.adrgov.adr.index.IndexSettings.Column;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.Field;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.StatusCategory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the Markdown index of a log: a summary of counts per status, then a table with one row per ADR (number,
 * title linked to the file, status with the successors of a superseded ADR, date), or one table per status.
 *
 * <p>The output depends on the log and the settings only: rows follow {@link AdrLog#ORDER} (by number, then id), no
 * date of generation is written, and lines are returned without terminators so that the caller picks the line ending.
 * Thread-safe.
 */
public final class IndexRenderer {

    /** The line that opens the block the index goal owns. */
    public static final String START_MARKER = "<!-- adr-index:start -->";
    /** The line that closes the block the index goal owns. */
    public static final String END_MARKER = "<!-- adr-index:end -->";

    /** The note written as the first line inside the block. */
    static final String NOTE = "<!-- Written by mvn adr:index from the ADR files: edit those, not this block. -->";

    /** Status groups of the by-status layout, in the order they are shown. */
    private static final List<StatusCategory> GROUP_ORDER = List.of(StatusCategory.ACCEPTED, StatusCategory.PROPOSED,
            StatusCategory.DRAFT, StatusCategory.DEPRECATED, StatusCategory.SUPERSEDED, StatusCategory.REJECTED,
            StatusCategory.OTHER);

    private final IndexSettings settings;

    public IndexRenderer(IndexSettings settings) {
        this.settings = settings;
    }

    /**
     * The lines between the markers (markers excluded), without line terminators.
     *
     * @param log       the log
     * @param indexFile the index file relative to the base directory, forward slashes; links are relative to its
     *                  directory
     */
    public List<String> render(AdrLog log, String indexFile) {
        String indexDir = indexFile.lastIndexOf('/') < 0 ? "" : indexFile.substring(0, indexFile.lastIndexOf('/'));
        List<String> out = new ArrayList<>();
        out.add(NOTE);
        out.add("");
        out.add(summary(log));
        if (log.size() == 0) {
            out.add("");
            return out;
        }
        boolean anyNumbered = log.adrs().stream().anyMatch(a -> a.number() != null);
        List<Column> columns = settings.columnsFor(anyNumbered);
        if (settings.layout() == IndexSettings.Layout.BY_STATUS) {
            Map<StatusCategory, List<Adr>> groups = new EnumMap<>(StatusCategory.class);
            for (Adr a : log.adrs()) {
                groups.computeIfAbsent(a.statusCategory(), k -> new ArrayList<>()).add(a);
            }
            for (StatusCategory c : GROUP_ORDER) {
                List<Adr> group = groups.get(c);
                if (group != null) {
                    out.add("");
                    out.add("### " + label(c) + " (" + group.size() + ")");
                    out.add("");
                    table(out, group, columns, log, indexDir);
                }
            }
        } else {
            out.add("");
            table(out, log.adrs(), columns, log, indexDir);
        }
        out.add("");
        return out;
    }

    /** E.g. {@code **12 ADRs**: 8 accepted, 1 proposed, 3 superseded.} Categories in a fixed order. */
    static String summary(AdrLog log) {
        if (log.size() == 0) {
            return "No ADRs yet.";
        }
        Map<StatusCategory, Integer> counts = new EnumMap<>(StatusCategory.class);
        for (Adr a : log.adrs()) {
            counts.merge(a.statusCategory(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        for (StatusCategory c : GROUP_ORDER) {
            Integer n = counts.get(c);
            if (n != null) {
                parts.add(n + " " + c.id());
            }
        }
        return "**" + log.size() + (log.size() == 1 ? " ADR" : " ADRs") + "**: " + String.join(", ", parts) + ".";
    }

    private void table(List<String> out, List<Adr> adrs, List<Column> columns, AdrLog log, String indexDir) {
        StringBuilder header = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        for (Column c : columns) {
            header.append(' ').append(c.header()).append(" |");
            rule.append(" --- |");
        }
        out.add(header.toString());
        out.add(rule.toString());
        for (Adr a : adrs) {
            StringBuilder row = new StringBuilder("|");
            for (Column c : columns) {
                String cell = cell(c, a, log, indexDir);
                row.append(cell.isEmpty() ? " |" : " " + cell + " |");
            }
            out.add(row.toString());
        }
    }

    private static String cell(Column c, Adr a, AdrLog log, String indexDir) {
        switch (c) {
            case NUMBER:
                return numberText(a);
            case ID:
                return MarkdownText.cell(a.id());
            case TITLE:
                String title = a.title() != null && !a.title().isBlank() ? a.title() : a.id();
                return "[" + MarkdownText.cellWithCode(title) + "](" + MarkdownText.destination(indexDir, a.file()) + ")";
            case STATUS:
                return status(a, log, indexDir);
            case DATE:
                if (a.date() != null) {
                    return a.date().toString();
                }
                return MarkdownText.cell(a.dateText());
            case DECIDERS:
                Field f = a.field("deciders").or(() -> a.field("decision-makers")).orElse(null);
                return f == null ? "" : MarkdownText.cell(f.value());
            default:
                throw new IllegalStateException(c.name());
        }
    }

    private static String numberText(Adr a) {
        if (a.fileNumberText() != null) {
            return a.fileNumberText();
        }
        return a.number() == null ? "" : String.valueOf(a.number());
    }

    private static String status(Adr a, AdrLog log, String indexDir) {
        StatusCategory c = a.statusCategory();
        if (c == StatusCategory.OTHER) {
            return a.status().map(s -> MarkdownText.cell(s.text())).orElse("");
        }
        if (c != StatusCategory.SUPERSEDED) {
            return label(c);
        }
        List<String> names = new ArrayList<>();
        for (Adr s : log.supersessions().supersededBy(a)) {
            String text = s.number() != null ? numberText(s) : s.title() != null ? s.title() : s.id();
            names.add("[" + MarkdownText.cell(text) + "](" + MarkdownText.destination(indexDir, s.file()) + ")");
        }
        if (names.isEmpty()) {
            for (String unresolved : unresolvedSuccessors(a, log)) {
                names.add(MarkdownText.cell(unresolved));
            }
        }
        return names.isEmpty() ? label(c) : label(c) + " by " + String.join(", ", names);
    }

    /** What a superseded ADR names as its successor when that names no ADR of the log, e.g. {@code ADR-9}. */
    private static List<String> unresolvedSuccessors(Adr a, AdrLog log) {
        Set<String> out = new TreeSet<>();
        for (AdrLink l : log.supersessions().unresolved(a, LinkKind.SUPERSEDED_BY)) {
            if (l.targetNumber() != null) {
                out.add("ADR-" + l.targetNumber());
            } else if (l.targetPath() != null) {
                String p = l.targetPath();
                out.add(p.substring(p.lastIndexOf('/') + 1));
            }
        }
        return new ArrayList<>(out);
    }

    /** {@code Accepted} for {@code ACCEPTED}. */
    static String label(StatusCategory c) {
        String id = c.id();
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }
}
