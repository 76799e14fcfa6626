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
