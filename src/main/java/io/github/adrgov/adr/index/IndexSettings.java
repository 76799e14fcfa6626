package io.github.adrgov.adr.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the Markdown index is laid out. The index goal and the {@code stale-index} rule must use the same settings, so
 * that they produce the same text.
 *
 * @param layout  one table, or one table per status
 * @param columns the columns, in order; an empty list means the default for the log (see {@link #columnsFor})
 */
public record IndexSettings(Layout layout, List<Column> columns) {

    /** How rows are grouped. */
    public enum Layout {
        /** One table of every ADR, ordered by number, then id. */
        TABLE,
        /** One table per status (Accepted, Proposed, ...), each ordered by number, then id. */
        BY_STATUS;

        /** The id used in configuration, e.g. {@code by-status}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Parses {@code table} or {@code by-status} (case-insensitive, {@code _} accepted for {@code -}). */
        public static Layout parse(String text) {
            String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Layout l : values()) {
                if (l.name().equals(t)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("Unknown index layout '" + text + "'; use table or by-status");
        }
    }

    /** A column of the index table. */
    public enum Column {
        /** The number as written in the file name (e.g. {@code 0003}), else as read from the title. */
        NUMBER("Number"),
        /** The id (file name without {@code .md}, or folder name). */
        ID("Id"),
        /** The title, linked to the file. */
        TITLE("Title"),
        /** The status, with links to the successors of a superseded ADR. */
        STATUS("Status"),
        /** The date. */
        DATE("Date"),
        /** The deciders ({@code Deciders}, {@code decision-makers}). */
        DECIDERS("Deciders");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        /** The column header. */
        public String header() {
            return header;
        }

        /** The id used in configuration, e.g. {@code deciders}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses a column id, case-insensitive. */
        public static Column parse(String text) {
            String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
            for (Column c : values()) {
                if (c.name().equals(t)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("Unknown index column '" + text
                    + "'; use number, id, title, status, date or deciders");
        }
    }

    public IndexSettings {
        Objects.requireNonNull(layout, "layout");
        columns = List.copyOf(columns);
        if (!columns.isEmpty() && !columns.contains(Column.TITLE)) {
            throw new IllegalArgumentException("The index columns must include title (it holds the link to the file)");
        }
        if (columns.size() != columns.stream().distinct().count()) {
            throw new IllegalArgumentException("The index columns " + columns + " name a column twice");
        }
    }

    /** One table with the default columns. */
    public static IndexSettings defaults() {
        return new IndexSettings(Layout.TABLE, List.of());
    }

    /**
     * Settings from configuration text: a layout id and column ids (both may be null or empty for the default).
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public static IndexSettings parse(String layout, List<String> columns) {
        Layout l = layout == null || layout.isBlank() ? Layout.TABLE : Layout.parse(layout);
        List<Column> cols = new ArrayList<>();
        if (columns != null) {
            for (String c : columns) {
                for (String part : c == null ? new String[0] : c.split(",")) {
                    if (!part.isBlank()) {
                        cols.add(Column.parse(part));
                    }
                }
            }
        }
        return new IndexSettings(l, cols);
    }

    /**
     * The columns to render: the configured ones, or by default Number (only when some ADR carries a number), Title,
     * Status, Date.
     */
    public List<Column> columnsFor(boolean anyNumbered) {
        if (!columns.isEmpty()) {
            return columns;
        }
        return anyNumbered
                ? List.of(Column.NUMBER, Column.TITLE, Column.STATUS, Column.DATE)
                : List.of(Column.TITLE, Column.STATUS, Column.DATE);
    }
}
