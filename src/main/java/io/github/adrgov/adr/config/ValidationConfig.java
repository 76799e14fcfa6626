package io.github.adrgov.adr.config;

import io.github.adrgov.adr.index.IndexSettings;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.result.Severity;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the core needs to know to read and check a log, free of Maven types. Build it with {@link #builder()};
 * every value has a default that suits the common case.
 */
public final class ValidationConfig {

    /**
     * Required sections per dialect. An entry may list alternatives separated by {@code |}: any of them counts
     * (e.g. {@code Context and Problem Statement|Context}).
     */
    public static Map<Dialect, List<String>> defaultRequiredSections() {
        Map<Dialect, List<String>> m = new EnumMap<>(Dialect.class);
        m.put(Dialect.TEMPLATE, List.of("Context", "Decision Drivers", "Considered Options", "Decision", "Rationale",
                "Consequences"));
        m.put(Dialect.QUICK, List.of("Context", "Decision", "Consequences"));
        m.put(Dialect.NYGARD, List.of("Status", "Context", "Decision", "Consequences"));
        List<String> madr = List.of("Context and Problem Statement|Context", "Considered Options|Options Considered",
                "Decision Outcome|Decision");
        m.put(Dialect.MADR, madr);
        m.put(Dialect.LOG4BRAINS, madr);
        m.put(Dialect.UNKNOWN, List.of());
        return m;
    }

    /** Required metadata fields other than status and date, per dialect (the template asks for Deciders). */
    public static Map<Dialect, List<String>> defaultRequiredFields() {
        Map<Dialect, List<String>> m = new EnumMap<>(Dialect.class);
        for (Dialect d : Dialect.values()) {
            m.put(d, List.of());
        }
        m.put(Dialect.TEMPLATE, List.of("Deciders"));
        return m;
    }

    private final StatusVocabulary statuses;
    private final Map<Dialect, List<String>> requiredSections;
    private final Map<Dialect, List<String>> requiredFields;
    private final NumberingMode numbering;
    private final Map<String, Severity> severities;
    private final LocalDate today;
    private final String indexFile;
    private final StatusTransitions statusTransitions;
    private final IndexSettings indexSettings;

    private ValidationConfig(Builder b) {
        this.statuses = b.statuses;
        this.requiredSections = Collections.unmodifiableMap(new EnumMap<>(b.requiredSections));
        this.requiredFields = Collections.unmodifiableMap(new EnumMap<>(b.requiredFields));
        this.numbering = b.numbering;
        this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(b.severities));
        this.today = b.today;
        this.indexFile = b.indexFile;
        this.statusTransitions = b.statusTransitions;
        this.indexSettings = b.indexSettings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The default configuration, with today's date in UTC (never the JVM's time zone, so output is the same everywhere). */
    public static ValidationConfig defaults() {
        return builder().build();
    }

    /** The status vocabulary. */
    public StatusVocabulary statuses() { return statuses; }

    /** Required sections for a dialect (entries may hold {@code |}-separated alternatives). */
    public List<String> requiredSections(Dialect d) { return requiredSections.getOrDefault(d, List.of()); }

    /** Required fields other than status and date for a dialect. */
    public List<String> requiredFields(Dialect d) { return requiredFields.getOrDefault(d, List.of()); }

    /** Whether the log must be numbered. */
    public NumberingMode numbering() { return numbering; }

    /** Severity overrides by rule id; a rule absent here keeps its default. */
    public Map<String, Severity> severities() { return severities; }

    /** The date that counts as today for {@code future-date}. */
    public LocalDate today() { return today; }

    /** The index file relative to the base directory (forward slashes), e.g. {@code docs/adr/README.md}, or null. */
    public String indexFile() { return indexFile; }

    /** The status changes allowed between a git baseline and the branch ({@code illegal-status-transition}). */
    public StatusTransitions statusTransitions() { return statusTransitions; }
    /** How the index is laid out, so that {@code stale-index} expects what {@code adr:index} writes. */
    public IndexSettings indexSettings() { return indexSettings; }

    /** Builder with defaults. */
    public static final class Builder {
        private StatusVocabulary statuses = StatusVocabulary.defaults();
        private final Map<Dialect, List<String>> requiredSections = new EnumMap<>(defaultRequiredSections());
        private final Map<Dialect, List<String>> requiredFields = new EnumMap<>(defaultRequiredFields());
        private NumberingMode numbering = NumberingMode.AUTO;
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        private String indexFile;
        private StatusTransitions statusTransitions = StatusTransitions.defaults();
        private IndexSettings indexSettings = IndexSettings.defaults();

        public Builder statuses(StatusVocabulary v) { this.statuses = Objects.requireNonNull(v); return this; }

        public Builder requiredSections(Dialect d, List<String> sections) {
            requiredSections.put(d, List.copyOf(sections));
            return this;
        }

        public Builder requiredFields(Dialect d, List<String> fields) {
            requiredFields.put(d, List.copyOf(fields));
            return this;
        }

        public Builder numbering(NumberingMode m) { this.numbering = Objects.requireNonNull(m); return this; }

        public Builder severity(String ruleId, Severity s) { severities.put(ruleId, Objects.requireNonNull(s)); return this; }

        public Builder severities(Map<String, Severity> m) { severities.putAll(m); return this; }

        public Builder today(LocalDate d) { this.today = Objects.requireNonNull(d); return this; }

        public Builder indexFile(String f) { this.indexFile = f; return this; }

        public Builder statusTransitions(StatusTransitions t) {
            this.statusTransitions = Objects.requireNonNull(t);
            return this;
        }
        public Builder indexSettings(IndexSettings s) { this.indexSettings = Objects.requireNonNull(s); return this; }

        public ValidationConfig build() {
            return new ValidationConfig(this);
        }
    }
}
