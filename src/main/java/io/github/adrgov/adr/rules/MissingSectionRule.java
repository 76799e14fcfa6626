package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.result.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code missing-section}: a section required for the ADR's dialect is absent. Headings match case-insensitively,
 * ignoring numbering and markup, by meaning ({@link io.github.adrgov.adr.model.SectionConcept}: aliases, plurals, a
 * heading that contains the name); {@code |} alternatives count. A required {@code Status} section is never reported
 * here: a status written elsewhere (a {@code Status:} line, front matter) counts, and an absent status is
 * {@code missing-status}'s one finding. A section that no ADR of the log has is the log's convention, not a finding per
 * file; a file with none of its dialect's sections at all is one finding.
 */
public final class MissingSectionRule implements Rule {

    @Override public String id() { return "missing-section"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "A section required for the ADR's dialect is absent.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
                # 1. Use PostgreSQL

                Date: 2025-01-15

                ## Status

                Accepted

                ## Context

                The orders service needs a place to keep orders.

                ## Decision

                We will use PostgreSQL.
                """;
    }

    @Override public String fix() {
        return """
                Add the section as a heading of its own (`## Consequences`). Headings match case-insensitively, with numbering,
                markup and a trailing `:` ignored, and alternatives such as `Decision Outcome|Decision` count alike.""";
    }

    @Override public String configuration() {
        return """
                `<requiredSections>` sets the required sections per dialect, replacing the defaults:
                `<requiredSections><nygard>Status, Context, Decision</nygard></requiredSections>`.""";
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, Headings.Wanted> wanted = new HashMap<>();
        Map<String, Boolean> inLog = new HashMap<>();
        for (Adr adr : ctx.log().adrs()) {
            Dialect dialect = adr.dialect();
            List<String> required = ctx.config().requiredSections(dialect);
            if (required.isEmpty()) {
                continue;
            }
            List<String> headings = Headings.normalized(adr);
            List<String> missing = new ArrayList<>();
            int asked = 0;
            for (String entry : required) {
                Headings.Wanted w = wanted.computeIfAbsent(entry, Headings::wanted);
                if (w.isStatus()) {
                    // a status written elsewhere counts; an absent one is missing-status's finding alone
                    continue;
                }
                if (inLog.computeIfAbsent(entry, e -> anyHas(ctx, w))) {
                    asked++;
                } else {
                    // the log's own convention leaves this section out of every ADR
                    continue;
                }
                if (Headings.find(adr, headings, w).isEmpty()) {
                    missing.add(entry);
                }
            }
            if (missing.size() > 1 && missing.size() == asked) {
                // one problem, one finding: the file is not laid out as its dialect at all
                List<String> names = new ArrayList<>();
                missing.forEach(e -> names.add(Headings.describe(e)));
                ctx.report(adr, RuleSupport.fileLine(adr), "None of the sections required for "
                        + RuleSupport.dialectName(dialect) + " is there (" + String.join(", ", names)
                        + "); write them, or set <requiredSections> for the dialect.");
                continue;
            }
            for (String entry : missing) {
                ctx.report(adr, RuleSupport.fileLine(adr), "Required section " + Headings.describe(entry)
                        + " is missing (" + RuleSupport.describeDialect(adr.dialect())
                        + "; its required sections are set with "
                        + RuleSupport.requiredSectionsXml(adr.dialect(), required) + ").");
            }
        }
    }

    /**
     * Whether some ADR of the log has the section; a log of at least {@value RuleSupport#CONVENTION_MIN} ADRs where
     * none does leaves it out by its own convention (see {@link RuleSupport#logConvention}).
     */
    private static boolean anyHas(RuleContext ctx, Headings.Wanted w) {
        return !RuleSupport.logConvention(ctx.log(), a -> Headings.find(a, Headings.normalized(a), w).isPresent());
    }
}
