package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Status;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Severity;

/** {@code unknown-status}: a status outside the configured vocabulary; the message lists the allowed values. */
public final class UnknownStatusRule implements Rule {

    @Override public String id() { return "unknown-status"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "An ADR's status is not in the configured status vocabulary.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
                # 1. Use PostgreSQL

                Date: 2025-01-15

                ## Status

                Approved

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
                Use a status of the vocabulary, or add the team's word to it mapped onto a lifecycle category:
                `<extraStatuses><approved>accepted</approved></extraStatuses>`.""";
    }

    @Override public String configuration() {
        return """
                `<statuses>` replaces the vocabulary (`word` or `word=category`); `<extraStatuses>` adds words, each mapped to one
                of the categories proposed, accepted, rejected, deprecated, superseded or draft.""";
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
