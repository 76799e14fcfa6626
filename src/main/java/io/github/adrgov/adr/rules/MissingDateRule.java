package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.result.Severity;

/** {@code missing-date}: an ADR states no date, or an empty one. The message says where the date goes. */
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
        for (Adr adr : ctx.log().adrs()) {
            if (InvalidFrontMatterRule.hasBrokenFrontMatter(adr)) {
                continue;
            }
            if (adr.dateText() == null) {
                ctx.report(adr, RuleSupport.fileLine(adr), "The ADR has no date; " + where(adr.dialect()) + ".");
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
            default:
                return "add a \"Date: YYYY-MM-DD\" line below the title";
        }
    }
}
