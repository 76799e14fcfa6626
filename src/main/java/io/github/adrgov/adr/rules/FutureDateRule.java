package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Severity;
import java.time.LocalDate;

/** {@code future-date}: an ADR dated after today ({@code ValidationConfig.today()}). */
public final class FutureDateRule implements Rule {

    @Override public String id() { return "future-date"; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "An ADR is dated after today.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
                # 1. Use PostgreSQL

                Date: 2099-01-15

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
                Write the date the decision was made, not the date it takes effect.""";
    }

    @Override
    public void check(RuleContext ctx) {
        LocalDate today = ctx.config().today();
        for (Adr adr : ctx.log().adrs()) {
            if (adr.date() != null && adr.date().isAfter(today)) {
                ctx.report(adr, adr.dateLine(), "Date " + adr.date()
                        + " lies in the future; write the date the decision was made.");
            }
        }
    }
}
