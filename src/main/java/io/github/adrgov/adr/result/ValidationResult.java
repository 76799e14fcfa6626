package io.github.adrgov.adr.result;

import io.github.adrgov.adr.model.AdrLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What validating a log gave: the log read and every finding, in {@link Finding#ORDER}. When a known-findings file
 * is in use, {@link #findings()} holds only the findings beyond it and {@link #known()} the ones it records, so that
 * every output that reads {@link #findings()} (console, JUnit XML, annotations, the pass/fail decision) sees only
 * what is new.
 */
public final class ValidationResult {

    private final AdrLog log;
    private final List<Finding> findings;
    private final List<Finding> known;
    private final int knownFixed;
    private final String knownSource;

    public ValidationResult(AdrLog log, List<Finding> findings) {
        this(log, findings, List.of(), 0, null);
    }

    private ValidationResult(AdrLog log, List<Finding> findings, List<Finding> known, int knownFixed,
                             String knownSource) {
        this.log = log;
        this.findings = sorted(findings);
        this.known = sorted(known);
        this.knownFixed = knownFixed;
        this.knownSource = knownSource;
    }

    /**
     * This result with its findings split by a known-findings file.
     *
     * @param fresh  the findings beyond the file
     * @param known  the findings the file records
     * @param fixed  how many recorded findings are no longer found
     * @param source the known-findings file as shown to the user
     */
    public ValidationResult withKnown(List<Finding> fresh, List<Finding> known, int fixed, String source) {
        return new ValidationResult(log, fresh, known, fixed, source);
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        return Collections.unmodifiableList(sorted);
    }

    /** The findings a known-findings file records (empty without one), sorted. */
    public List<Finding> known() { return known; }

    /** How many findings the known-findings file records that are no longer found. */
    public int knownFixed() { return knownFixed; }

    /** The known-findings file as shown to the user, or null when none is in use. */
    public String knownSource() { return knownSource; }

    /** The log that was validated. */
    public AdrLog log() { return log; }

    /** Number of ADRs read. */
    public int adrCount() { return log.size(); }

    /** Every finding (beyond the known ones), sorted. */
    public List<Finding> findings() { return findings; }

    /** Findings of one severity. */
    public List<Finding> findings(Severity severity) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() == severity) {
                out.add(f);
            }
        }
        return out;
    }

    /** How many findings have this severity. */
    public int count(Severity severity) {
        int n = 0;
        for (Finding f : findings) {
            if (f.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /** Errors, warnings and infos in one line, e.g. {@code 12 ADRs, 2 errors, 1 warning}. */
    public String summary() {
        return plural(adrCount(), "ADR") + ", " + plural(count(Severity.ERROR), "error") + ", "
                + plural(count(Severity.WARNING), "warning")
                + (count(Severity.INFO) > 0 ? ", " + plural(count(Severity.INFO), "info") : "");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
