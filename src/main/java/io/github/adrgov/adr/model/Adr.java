package io.github.adrgov.adr.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One Architecture Decision Record as read from its file. Immutable; build it with {@link #builder(String)}.
 *
 * <p>Line numbers are 1-based and count lines of the file as stored (front matter included).
 */
public final class Adr {

    private final String file;
    private final String id;
    private final Integer number;
    private final String fileNumberText;
    private final Integer fileNumber;
    private final Integer titleNumber;
    private final String title;
    private final int titleLine;
    private final Status status;
    private final String dateText;
    private final LocalDate date;
    private final int dateLine;
    private final boolean dateWithoutColon;
    private final Map<String, Field> fields;
    private final List<Section> sections;
    private final List<AdrLink> links;
    private final Dialect dialect;
    private final String dialectReason;
    private final List<Problem> problems;
    private final List<String> lines;
    private final LineSource lineSource;
    private final int bodyStartLine;

    private Adr(Builder b) {
        this.file = Objects.requireNonNull(b.file, "file");
        this.id = Objects.requireNonNull(b.id, "id");
        this.fileNumberText = b.fileNumberText;
        this.fileNumber = b.fileNumber;
        this.titleNumber = b.titleNumber;
        this.number = b.fileNumber != null ? b.fileNumber : b.titleNumber;
        this.title = b.title;
        this.titleLine = b.titleLine;
        this.status = b.status;
        this.dateText = b.dateText;
        this.date = b.date;
        this.dateLine = b.dateLine;
        this.dateWithoutColon = b.dateWithoutColon;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(b.fields));
        this.sections = List.copyOf(b.sections);
        this.links = List.copyOf(b.links);
        this.dialect = b.dialect;
        this.dialectReason = b.dialectReason;
        this.problems = List.copyOf(b.problems);
        this.lineSource = b.lineSource;
        this.lines = b.lineSource != null ? null : b.lines;
        this.bodyStartLine = b.bodyStartLine;
    }

    /** Starts a builder for the ADR in {@code file} (relative to the base directory, forward slashes). */
    public static Builder builder(String file) {
        return new Builder(file);
    }

    /** A builder holding this ADR's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(file);
        b.id = id;
        b.fileNumberText = fileNumberText;
        b.fileNumber = fileNumber;
        b.titleNumber = titleNumber;
        b.title = title;
        b.titleLine = titleLine;
        b.status = status;
        b.dateText = dateText;
        b.date = date;
        b.dateLine = dateLine;
        b.dateWithoutColon = dateWithoutColon;
        b.fields.putAll(fields);
        b.sections.addAll(sections);
        b.links.addAll(links);
        b.dialect = dialect;
        b.dialectReason = dialectReason;
        b.problems.addAll(problems);
        if (lines != null) {
            b.lines = lines;
        }
        b.lineSource = lineSource;
        b.bodyStartLine = bodyStartLine;
        return b;
    }

    /**
     * This ADR without its text: the copy's {@link #lines()} come from {@code source} each time they are asked for
     * (the file is read again), so that a log of many ADRs holds their models, not their text.
     */
    public Adr withLinesFrom(LineSource source) {
        return new Adr(this, Objects.requireNonNull(source, "source"));
    }

    /** {@code a} with its lines read from {@code source}: its values shared, not copied (they are unmodifiable). */
    private Adr(Adr a, LineSource source) {
        this.file = a.file;
        this.id = a.id;
        this.fileNumberText = a.fileNumberText;
        this.fileNumber = a.fileNumber;
        this.titleNumber = a.titleNumber;
        this.number = a.number;
        this.title = a.title;
        this.titleLine = a.titleLine;
        this.status = a.status;
        this.dateText = a.dateText;
        this.date = a.date;
        this.dateLine = a.dateLine;
        this.dateWithoutColon = a.dateWithoutColon;
        this.fields = a.fields;
        this.sections = a.sections;
        this.links = a.links;
        this.dialect = a.dialect;
        this.dialectReason = a.dialectReason;
        this.problems = a.problems;
        this.lineSource = source;
        this.lines = null;
        this.bodyStartLine = a.bodyStartLine;
    }

    /** Path of the file relative to the project base directory, forward slashes, e.g. {@code docs/adr/0001-x.md}. */
    public String file() { return file; }

    /**
     * Stable id, unique in the log: the path relative to the ADR directory without {@code .md}; for a folder-style ADR
     * ({@code slug/README.md}, {@code slug/index.md}) the folder path. E.g. {@code 0001-record-decisions}.
     */
    public String id() { return id; }

    /** The ADR's number: from the file name, else from the title or front matter; null for an unnumbered ADR. */
    public Integer number() { return number; }

    /** The digits of the number as written in the file name (e.g. {@code 0001}), or null. */
    public String fileNumberText() { return fileNumberText; }

    /** The number read from the file name, or null. */
    public Integer fileNumber() { return fileNumber; }

    /** The number read from the title (e.g. {@code # 3. X}, {@code # ADR-003: X}) or front matter, or null. */
    public Integer titleNumber() { return titleNumber; }

    /** Title without its number prefix, or null when the file has no title. */
    public String title() { return title; }

    /** 1-based line of the title, 0 when there is none. */
    public int titleLine() { return titleLine; }

    /** The status, if the file states one. */
    public Optional<Status> status() { return Optional.ofNullable(status); }

    /** The status category, {@link StatusCategory#OTHER} when there is no status. */
    public StatusCategory statusCategory() { return status == null ? StatusCategory.OTHER : status.category(); }

    /** The date as written (trimmed), or null when the file states none. */
    public String dateText() { return dateText; }

    /** The date when {@link #dateText()} holds a valid ISO date, else null. */
    public LocalDate date() { return date; }

    /** 1-based line of the date, 0 when there is none. */
    public int dateLine() { return dateLine; }

    /**
     * Whether the date's line in the body is written without the colon after "Date" ({@code Date 09/04/2018},
     * {@code **Date** 2024-01-05}), which other ADR tools do not read.
     */
    public boolean dateWithoutColon() { return dateWithoutColon; }

    /** Metadata fields other than status and date, keyed by lower-case name (e.g. {@code deciders}). */
    public Map<String, Field> fields() { return fields; }

    /** The field of that name (case-insensitive), if present. */
    public Optional<Field> field(String name) {
        return Optional.ofNullable(fields.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Sections in file order. */
    public List<Section> sections() { return sections; }

    /** Links to other ADRs and files, in file order. */
    public List<AdrLink> links() { return links; }

    /** The links of one kind, in file order. */
    public List<AdrLink> links(LinkKind kind) {
        List<AdrLink> out = new ArrayList<>();
        for (AdrLink l : links) {
            if (l.kind() == kind) {
                out.add(l);
            }
        }
        return out;
    }

    /** The dialect detected for this file. */
    public Dialect dialect() { return dialect; }

    /** Why the dialect was chosen, in words, e.g. {@code "## Status section with Context, Decision"}; may be empty. */
    public String dialectReason() { return dialectReason; }

    /** Things the parser could not make sense of (e.g. front matter that does not parse). */
    public List<Problem> problems() { return problems; }

    /**
     * The lines of the file as stored, BOM removed, line terminators removed; index 0 is line 1. An ADR read from
     * disk does not keep its text: its lines are read from the file again on each call (an empty list when the file
     * can no longer be read), so callers that need them more than once keep the list.
     */
    public List<String> lines() { return lines != null ? lines : lineSource.lines(); }

    /** 1-based line where the Markdown body begins (after front matter), 1 when there is none. */
    public int bodyStartLine() { return bodyStartLine; }

    @Override
    public String toString() {
        return "Adr[" + id + ", " + number + ", " + title + ", " + status + ", " + dateText + ", " + dialect + "]";
    }

    /** Builder for {@link Adr}. */
    public static final class Builder {
        private final String file;
        private String id;
        private String fileNumberText;
        private Integer fileNumber;
        private Integer titleNumber;
        private String title;
        private int titleLine;
        private Status status;
        private String dateText;
        private LocalDate date;
        private int dateLine;
        private boolean dateWithoutColon;
        private final Map<String, Field> fields = new LinkedHashMap<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<AdrLink> links = new ArrayList<>();
        private Dialect dialect = Dialect.UNKNOWN;
        private String dialectReason = "";
        private final List<Problem> problems = new ArrayList<>();
        /** Always an unmodifiable list: the built ADRs share it, with no copy. */
        private List<String> lines = List.of();
        private LineSource lineSource;
        private int bodyStartLine = 1;

        private Builder(String file) {
            this.file = Objects.requireNonNull(file, "file");
        }

        public Builder id(String id) { this.id = id; return this; }

        public Builder fileNumber(String digits) {
            this.fileNumberText = digits;
            this.fileNumber = digits == null ? null : Integer.valueOf(digits);
            return this;
        }

        public Builder titleNumber(Integer n) { this.titleNumber = n; return this; }

        public Builder title(String title, int line) { this.title = title; this.titleLine = line; return this; }

        public Builder status(Status status) { this.status = status; return this; }

        public Builder status(StatusCategory category, String text, int line) {
            return status(new Status(category, text, line));
        }

        public Builder date(String text, LocalDate date, int line) {
            this.dateText = text;
            this.date = date;
            this.dateLine = line;
            return this;
        }

        /** See {@link Adr#dateWithoutColon()}. */
        public Builder dateWithoutColon(boolean without) { this.dateWithoutColon = without; return this; }

        public Builder field(String name, String value, int line) {
            fields.put(name.toLowerCase(Locale.ROOT), new Field(name, value, line));
            return this;
        }

        public Builder section(Section s) { sections.add(s); return this; }

        public Builder link(AdrLink l) { links.add(l); return this; }

        public Builder link(LinkKind kind, String text, String targetPath, Integer targetNumber, int line) {
            return link(new AdrLink(kind, text, targetPath, targetNumber, line));
        }

        public Builder dialect(Dialect d) { this.dialect = Objects.requireNonNull(d); return this; }

        /** The dialect and why it was chosen (shown in debug output). */
        public Builder dialect(Dialect d, String reason) {
            this.dialectReason = reason == null ? "" : reason;
            return dialect(d);
        }

        public Builder problem(String message, Integer line) { problems.add(new Problem(message, line)); return this; }

        public Builder lines(List<String> lines) {
            this.lines = List.copyOf(lines); // no copy of a list that is unmodifiable already, as the reader's is
            this.lineSource = null;
            return this;
        }

        /** Lines read on demand instead of kept (see {@link Adr#lines()}). */
        public Builder lineSource(LineSource source) { this.lineSource = source; return this; }

        public Builder bodyStartLine(int line) { this.bodyStartLine = line; return this; }

        public Adr build() {
            if (id == null) {
                id = defaultId(file);
            }
            return new Adr(this);
        }

        /** The id derived from a path alone: file name without {@code .md}, or the folder of README/index files. */
        static String defaultId(String file) {
            String f = file;
            int slash = f.lastIndexOf('/');
            String name = f.substring(slash + 1);
            String stem = name.replaceFirst("(?i)\\.(md|markdown)$", "");
            if ((stem.equalsIgnoreCase("readme") || stem.equalsIgnoreCase("index")) && slash > 0) {
                String parent = f.substring(0, slash);
                return parent.substring(parent.lastIndexOf('/') + 1);
            }
            return stem;
        }
    }
}
