package io.github.adrgov.adr.output;

import io.github.adrgov.adr.fix.Fixer;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.Severity;
import io.github.adrgov.adr.result.ValidationResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The console lines for a validation: one line per finding in the shape IDE and CI problem matchers read
 * ({@code docs/adr/0003-x.md:5: [rule-id] message}) at the level of its severity, then a summary line with the
 * counts, the known findings in one line, the findings counted per rule, the one step that addresses the largest group,
 * where the machine-readable findings are, and where the rules are documented (the rules page of the plugin's site).
 *
 * <p>A flood is capped: at most {@code maxFindings} findings are printed (errors chosen first, then warnings, then
 * infos; printed in file order), followed by {@code ... and N more}.
 *
 * <p>The step for the largest group is the goal or configuration that deals with it: {@code mvn adr:fix} for what it
 * rewrites, {@code <extraStatuses>} for a log's own status words, else {@code mvn adr:suppress} to record the debt as
 * known. It never advises switching a rule off.
 */
public final class ConsoleReport {

    /** The default cap on finding lines. */
    public static final int DEFAULT_MAX_FINDINGS = 200;

    /** The rules whose findings {@code adr:fix} rewrites (some of them, for invalid-date). */
    public static final Set<String> FIXABLE = Set.copyOf(Fixer.FIXES);

    private final int maxFindings;
    private final String knownFindingsFile;

    /** @param maxFindings most finding lines to print; 0 or less prints every finding */
    public ConsoleReport(int maxFindings) {
        this(maxFindings, null);
    }

    /**
     * @param maxFindings       most finding lines to print; 0 or less prints every finding
     * @param knownFindingsFile where {@code adr:suppress} writes the known findings, as shown to the user, or null
     */
    public ConsoleReport(int maxFindings, String knownFindingsFile) {
        this.maxFindings = maxFindings;
        this.knownFindingsFile = knownFindingsFile;
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
        if (!result.known().isEmpty()) {
            out.add(new ConsoleLine(Severity.INFO, plural(result.known().size(), "known finding")
                    + " recorded in " + result.knownSource() + (result.known().size() == 1 ? " is" : " are")
                    + " not shown (mvn -X lists them)."));
        }
        if (result.knownFixed() > 0) {
            out.add(new ConsoleLine(Severity.INFO, plural(result.knownFixed(), "known finding")
                    + (result.knownFixed() == 1 ? " is" : " are")
                    + " fixed; run mvn adr:suppress to drop " + (result.knownFixed() == 1 ? "it" : "them")
                    + " from the file."));
        }
        if (!all.isEmpty()) {
            Map<String, Integer> byRule = byRule(all);
            StringBuilder sb = new StringBuilder("Findings by rule: ");
            int i = 0;
            for (Map.Entry<String, Integer> e : byRule.entrySet()) {
                sb.append(i++ == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
            }
            out.add(new ConsoleLine(Severity.INFO, sb.append('.').toString()));
            out.add(new ConsoleLine(Severity.INFO, step(result, byRule.keySet().iterator().next(),
                    byRule.values().iterator().next())));
            out.add(new ConsoleLine(Severity.INFO, "Findings written to " + jsonFile + "."));
            out.add(new ConsoleLine(Severity.INFO, "What each rule catches and how to fix it: "
                    + Documentation.rulesPage()));
        }
        return out;
    }

    /** Rule ids with their counts, the largest group first (ties: errors before warnings, then by id). */
    static Map<String, Integer> byRule(List<Finding> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Severity> severity = new TreeMap<>();
        for (Finding f : findings) {
            counts.merge(f.rule(), 1, Integer::sum);
            severity.merge(f.rule(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        List<String> ids = new ArrayList<>(counts.keySet());
        ids.sort(Comparator.comparing((String id) -> -counts.get(id)).thenComparing(severity::get)
                .thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String id : ids) {
            out.put(id, counts.get(id));
        }
        return out;
    }

    /** The one step that addresses the largest group of findings. */
    private String step(ValidationResult result, String rule, int count) {
        String group = "The largest group, " + rule + " (" + count + "), ";
        if (FIXABLE.contains(rule)) {
            return group + (rule.equals("invalid-date") ? "is mostly dates mvn adr:fix rewrites in ISO form where"
                    + " their reading is unambiguous" : "is what mvn adr:fix rewrites")
                    + "; mvn adr:fix -Dadr.fix.dryRun=true shows the changes first.";
        }
        if (rule.equals("unknown-status")) {
            String word = mostCommonUnknownStatus(result);
            return group + "is status words outside the vocabulary; if they are the log's own words for a stage of"
                    + " the lifecycle, map each onto its category (proposed, accepted, rejected, deprecated,"
                    + " superseded or draft) in the plugin configuration: <extraStatuses><" + word + ">accepted</"
                    + word + "></extraStatuses>.";
        }
        String file = result.knownSource() != null ? result.knownSource()
                : knownFindingsFile != null ? knownFindingsFile : "the known-findings file";
        String sections = rule.equals("missing-section") || rule.equals("empty-section")
                ? " If the log's own template names its sections otherwise, set them per dialect with"
                + " <requiredSections> instead (the messages show how)." : "";
        if (result.knownSource() != null) {
            return "The " + plural(result.findings().size(), "finding") + " above "
                    + (result.findings().size() == 1 ? "is" : "are") + " new since " + file + " was written: fix"
                    + " them, or run mvn adr:suppress to record them as known too." + sections;
        }
        int total = result.findings().size();
        return "To adopt the plugin on this log as it is, run mvn adr:suppress: it records today's "
                + plural(total, "finding") + " in " + file + " (commit it), and the build then fails only on new"
                + " ones." + sections;
    }

    /** The most frequent status word outside the vocabulary, as an XML element name ({@code approved}). */
    private static String mostCommonUnknownStatus(ValidationResult result) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Adr a : result.log().adrs()) {
            if (a.status().isPresent() && a.statusCategory() == StatusCategory.OTHER) {
                String w = a.status().get().text().trim().toLowerCase(Locale.ROOT);
                if (w.matches("[a-z][a-z0-9_-]*")) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        String best = "approved";
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
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

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
