package io.github.adrgov.adr.result;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the ADR log. The single result model behind the console, JSON, SARIF, JUnit XML, the
 * pass/fail decision and the site report.
 *
 * @param rule     rule id, e.g. {@code broken-supersession}
 * @param severity the effective severity (never {@link Severity#OFF})
 * @param file     path relative to the project base directory with forward slashes
 * @param line     1-based line, or null when the finding is about the whole file or log
 * @param message  one sentence a user can act on
 */
public record Finding(String rule, Severity severity, String file, Integer line, String message) {

    /** Stable order: by file, line (none first), rule, message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::file)
            .thenComparing(Finding::line, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code docs/adr/0003-x.md:5: [broken-supersession] message}, the line shape IDE and CI matchers read. */
    public String format() {
        return file + (line == null ? "" : ":" + line) + ": [" + rule + "] " + message;
    }
}
