package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.result.Severity;

/**
 * {@code missing-date}: an ADR states no date, or an empty one. The message says where the date goes. The date is the
 * model's ({@link Adr#dateText()}): the parser reads it wherever the dialect keeps it, the first entry of a
 * {@code ## Changelog} and a status line that carries the date ({@code Proposed - 30/04/2025}) included. Quiet where the
 * date is not part of the dialect's template (MADR, unless configured in {@code requiredFields}), and in a log that by
 * its own convention records no dates at all ({@link RuleSupport#logConvention}).
 */
public final class MissingDateRule implements Rule {

    @Override public String id() { return "missing-date"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "An ADR states no date.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
                # 1. Use PostgreSQL

                ## Status

                Accepted

                ## Context

                The orders service needs a place to keep orders.

                ## Decision

                We will use PostgreSQL.

                ## Consequences

                We run one more database.
                """;
    }

    @Override public String fix() {
        return """
                Write the date the decision was made, as `YYYY-MM-DD`, where the dialect keeps it (`Date: 2025-01-15`,
                `**Date**: 2025-01-15`, `date:` in the front matter).""";
    }

    @Override
    public void check(RuleContext ctx) {
        boolean convention = RuleSupport.logConvention(ctx.log(), adr -> adr.dateText() != null);
        Dialect main = RuleSupport.mainDialect(ctx.log());
        for (Adr adr : ctx.log().adrs()) {
            Dialect dialect = RuleSupport.dialect(adr, main);
            if (InvalidFrontMatterRule.hasBrokenFrontMatter(adr) || !ctx.config().requiresDate(dialect)) {
                continue;
            }
            if (convention && !ctx.config().namesField(dialect, "date")) {
                // the log records no dates at all; a date named in <requiredFields> is asked for all the same
                continue;
            }
            if (adr.dateText() == null) {
                ctx.report(adr, RuleSupport.fileLine(adr), "The ADR has no date; " + where(dialect) + ".");
            } else if (adr.dateText().isBlank()) {
                ctx.report(adr, adr.dateLine(), "The date is empty; write the date of the decision as YYYY-MM-DD.");
            }
        }
    }

    /** Where a date is written in a dialect, as advice. */
    static String where(Dialect d) {
        switch (d) {
            case TEMPLATE:
                return "add a \"**Date**: YYYY-MM-DD\" line below the title";
            case QUICK:
                return "add \"| **Date**: YYYY-MM-DD\" to the metadata line below the title";
            case NYGARD:
                return "add a \"Date: YYYY-MM-DD\" line below the title";
            case MADR:
                return "add \"date: YYYY-MM-DD\" to the front matter, or a \"* Date: YYYY-MM-DD\" bullet below the title";
            case LOG4BRAINS:
                return "add a \"- Date: YYYY-MM-DD\" bullet below the title";
            case CHANGELOG:
                return "add a \"## Changelog\" section whose first entry is dated, e.g. \"- 2025-01-15: Initial draft\"";
            default:
                return "add a \"Date: YYYY-MM-DD\" line below the title";
        }
    }
}
