package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.Section;
import io.github.adrgov.adr.model.SectionConcept;
import io.github.adrgov.adr.result.Severity;
import java.util.Optional;

/**
 * {@code missing-status}: an ADR states no status. The message says where the status goes in the ADR's dialect. It
 * is the one finding for an absent status ({@code missing-section} and {@code empty-section} leave the Status section
 * to it). Quiet where the status is not part of the dialect's template (MADR, unless configured in
 * {@code requiredFields}), and in a log that by its own convention records no statuses at all
 * ({@link RuleSupport#logConvention}) unless {@code requiredFields} names {@code status} for the dialect.
 */
public final class MissingStatusRule implements Rule {

    @Override public String id() { return "missing-status"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "An ADR states no status.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
                # ADR-001: Use PostgreSQL for orders

                **Date**: 2025-01-15
                **Deciders**: Alice, Bob

                ## Context

                The orders service needs a place to keep orders.

                ## Decision Drivers

                Operations know PostgreSQL.

                ## Considered Options

                PostgreSQL, MongoDB.

                ## Decision

                We will use PostgreSQL.

                ## Rationale

                It is what we run already.

                ## Consequences

                We run one more database.
                """;
    }

    @Override public String fix() {
        return """
                Write the status where the dialect keeps it: `**Status**: Accepted` (template), a `## Status` section
                (adr-tools), `status:` in the front matter or `* Status:` (MADR).""";
    }

    @Override public String configuration() {
        return """
                `<statuses>` replaces the status vocabulary; `<extraStatuses>` adds words to it.""";
    }

    @Override
    public void check(RuleContext ctx) {
        boolean convention = RuleSupport.logConvention(ctx.log(), adr -> adr.status().isPresent());
        Dialect main = RuleSupport.mainDialect(ctx.log());
        for (Adr adr : ctx.log().adrs()) {
            Dialect dialect = RuleSupport.dialect(adr, main);
            if (InvalidFrontMatterRule.hasBrokenFrontMatter(adr) || !ctx.config().requiresStatus(dialect)) {
                continue;
            }
            if (convention && !ctx.config().namesField(dialect, "status")) {
                // the log records no statuses at all; a status named in <requiredFields> is asked for all the same
                continue;
            }
            if (adr.status().isEmpty()) {
                Optional<Section> section = statusSection(adr);
                if (section.isPresent()) {
                    ctx.report(adr, section.get().line(), "The \"" + section.get().heading()
                            + "\" section is empty; write the status, e.g. \"Accepted\".");
                } else {
                    ctx.report(adr, RuleSupport.fileLine(adr), "The ADR has no status; " + where(dialect) + ".");
                }
            } else if (adr.status().get().text().isBlank()) {
                ctx.report(adr, adr.status().get().line(), "The status is empty; write one of ("
                        + ctx.config().statuses().describe() + ").");
            }
        }
    }

    private static Optional<Section> statusSection(Adr adr) {
        for (Section s : adr.sections()) {
            if (SectionConcept.byName(Headings.normalize(s.heading())) == SectionConcept.STATUS) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Where a status is written in a dialect, as advice. */
    static String where(Dialect d) {
        switch (d) {
            case TEMPLATE:
                return "add a \"**Status**: Proposed\" line below the title";
            case QUICK:
                return "add \"**Status**: Proposed\" to the metadata line below the title";
            case NYGARD:
                return "add a \"## Status\" section below the title with a status such as \"Accepted\"";
            case MADR:
                return "add \"status: proposed\" to the front matter, or a \"* Status: proposed\" bullet below the title";
            case LOG4BRAINS:
                return "add a \"- Status: proposed\" bullet below the title";
            case CHANGELOG:
                return "add a \"## Status\" section below the title with a status such as \"Accepted\"";
            default:
                return "add a \"## Status\" section or a \"Status: Proposed\" line below the title";
        }
    }
}
