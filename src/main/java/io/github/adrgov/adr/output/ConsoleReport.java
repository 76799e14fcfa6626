package io.github.adrgov.adr.output;

import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The console lines for a validation: one line per finding in the shape IDE and CI problem matchers read
 * ({@code docs/adr/0003-x.md:5: [rule-id] message}) at the level of its severity, then a summary line with the
 * counts, then where the machine-readable findings are, how to switch a rule off, and where the rules are documented
 * (the rules page of the plugin's site).
 *
 * <p>A flood is capped: at most {@code maxFindings} findings are printed (errors chosen first, then warnings, then
 * infos; printed in file order), followed by {@code ... and N more}.
 */
public final class ConsoleReport {

    /** The default cap on finding lines. */
    public static final int DEFAULT_MAX_FINDINGS = 200;

    private final int maxFindings;

    /** @param maxFindings most finding lines to print; 0 or less prints every finding */
    public ConsoleReport(int maxFindings) {
        this.maxFindings = maxFindings;
    }

    /**
     * The lines to log.
     *
     * @param result    the validation result
     * @param directory the ADR directory as shown to the user, e.g. {@code docs/adr}
     * @param jsonFile  where the findings were written, as shown to the user, e.g. {@code target/adr/validation.json}
     */
    public List<ConsoleLine> lines(ValidationResult result, String directory, String jsonFile) {
        List<ConsoleLine> out = new ArrayList<>();
        List<Finding> all = result.findings();
        List<Finding> shown = select(all);
        for (Finding f : shown) {
            out.add(new ConsoleLine(f.severity(), f.format()));
        }
        if (shown.size() < all.size()) {
            out.add(new ConsoleLine(worst(all), "... and " + (all.size() - shown.size()) + " more; see " + jsonFile
                    + "."));
        }
        out.add(new ConsoleLine(worst(all), "ADR log " + directory + ": " + result.summary() + "."));
        if (!all.isEmpty()) {
            out.add(new ConsoleLine(Severity.INFO, "Findings written to " + jsonFile + ". To change a rule's severity"
                    + " or switch it off, configure the plugin with <rules><" + all.get(0).rule() + ">off</"
                    + all.get(0).rule() + "></rules> (error, warning, info or off)."));
            out.add(new ConsoleLine(Severity.INFO, "What each rule catches and how to fix it: "
                    + Documentation.rulesPage()));
        }
        return out;
    }

    private List<Finding> select(List<Finding> all) {
        if (maxFindings <= 0 || all.size() <= maxFindings) {
            return all;
        }
        List<Finding> bySeverity = new ArrayList<>(all);
        bySeverity.sort(Comparator.comparing(Finding::severity).thenComparing(Finding.ORDER));
        List<Finding> chosen = new ArrayList<>(bySeverity.subList(0, maxFindings));
        chosen.sort(Finding.ORDER);
        return chosen;
    }

    /** The most serious severity among the findings, or {@link Severity#INFO} when there are none. */
    private static Severity worst(List<Finding> findings) {
        Severity worst = Severity.INFO;
        for (Finding f : findings) {
            if (f.severity().compareTo(worst) < 0) {
                worst = f.severity();
            }
        }
        return worst;
    }
}
