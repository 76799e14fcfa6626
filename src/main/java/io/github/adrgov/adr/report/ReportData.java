package io.github.adrgov.adr.report;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.ValidationResult;

import java.util.ArrayList;
import java.util.List;

/**
 * What the report shows, computed once: the log, its findings, the page name of each ADR and the supersessions.
 *
 * @param result    the validated log
 * @param directory the ADR directory as the user knows it (relative to the base directory), for the summary
 * @param pages     page file names
 * @param sup       who superseded whom
 */
public record ReportData(ValidationResult result, String directory, PageNames pages, Supersessions sup) {

    /** Computes the report data of a validated log. */
    public static ReportData of(ValidationResult result, String directory) {
        AdrLog log = result.log();
        return new ReportData(result, directory, PageNames.of(log), Supersessions.of(log));
    }

    /** The log. */
    public AdrLog log() {
        return result.log();
    }

    /** The findings about one ADR's file, sorted. */
    public List<Finding> findingsOf(Adr adr) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.file().equals(adr.file())) {
                out.add(f);
            }
        }
        return out;
    }
}
