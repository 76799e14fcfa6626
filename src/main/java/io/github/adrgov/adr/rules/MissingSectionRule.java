package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Section;
import io.github.adrgov.adr.result.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code missing-section}: a section required for the ADR's dialect is absent. Headings match case-insensitively,
 * ignoring numbering and markup; {@code |} alternatives count. A required {@code Status} section counts as present
 * when the ADR states its status elsewhere (a {@code Status:} line, front matter): {@code missing-status} speaks for
 * an absent status.
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
        Map<String, List<String>> wanted = new HashMap<>();
        for (Adr adr : ctx.log().adrs()) {
            List<String> required = ctx.config().requiredSections(adr.dialect());
            if (required.isEmpty()) {
                continue;
            }
            List<String> headings = Headings.normalized(adr);
            for (String entry : required) {
                if (adr.status().isPresent() && wanted.computeIfAbsent(entry, Headings::wanted).contains("status")) {
                    continue;
                }
                Optional<Section> found = Headings.find(adr, headings, wanted.computeIfAbsent(entry, Headings::wanted));
                if (found.isEmpty()) {
                    ctx.report(adr, RuleSupport.fileLine(adr), "Required section " + Headings.describe(entry)
                            + " is missing (" + RuleSupport.dialectName(adr.dialect()) + ").");
                }
            }
        }
    }
}
