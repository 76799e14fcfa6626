package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Status;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Severity;

/** {@code unknown-status}: a status outside the configured vocabulary; the message lists the allowed values. */
public final class UnknownStatusRule implements FileRule {

    @Override public String id() { return "unknown-status"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "An ADR's status is not in the configured status vocabulary.";
    }

    @Override
    public void check(RuleContext ctx) {
        String allowed = ctx.config().statuses().describe();
        for (Adr adr : ctx.log().adrs()) {
            if (adr.status().isEmpty()) {
                continue;
            }
            Status s = adr.status().get();
            if (s.category() != StatusCategory.OTHER || s.text().isBlank()) {
                continue;
            }
            ctx.report(adr, s.line(), "Status \"" + s.text() + "\" is not in the vocabulary (" + allowed
                    + "); add it with <extraStatuses> or fix the status.");
        }
    }
}
