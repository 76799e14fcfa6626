package io.github.adrgov.adr.result;

import io.github.adrgov.adr.model.AdrLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What validating a log gave: the log read and every finding, in {@link Finding#ORDER}.
 */
public final class ValidationResult {

    private final AdrLog log;
    private final List<Finding> findings;

    public ValidationResult(AdrLog log, List<Finding> findings) {
        this.log = log;
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        this.findings = Collections.unmodifiableList(sorted);
    }

    /** The log that was validated. */
    public AdrLog log() { return log; }

    /** Number of ADRs read. */
    public int adrCount() { return log.size(); }

    /** Every finding, sorted. */
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
