package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.result.Severity;

/**
 * {@code broken-supersession}: a "superseded by" or "supersedes" link that names no ADR of the log. A target that
 * exists on disk but outside the ADR directory is still no ADR of this log, and the message says so.
 */
public final class BrokenSupersessionRule implements Rule {

    @Override public String id() { return "broken-supersession"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "A \"superseded by\" or \"supersedes\" link names an ADR that does not exist.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0002-use-mysql.md <==
                # 2. Use MySQL

                Date: 2025-01-15

                ## Status

                Superseded by ADR-009

                ## Context

                The orders service needs a place to keep orders.

                ## Decision

                We will use MySQL.

                ## Consequences

                We run one more database.
                """;
    }

    @Override public String fix() {
        return """
                Link the ADR that really supersedes this one, or add it if it never landed; if nothing supersedes it, restore
                its former status.""";
    }

    @Override
    public void check(RuleContext ctx) {
        int width = RuleSupport.paddedWidth(ctx.log());
        for (Adr adr : ctx.log().adrs()) {
            for (AdrLink link : adr.links()) {
                if (link.kind() != LinkKind.SUPERSEDES && link.kind() != LinkKind.SUPERSEDED_BY
                        || Placeholders.onChoiceList(adr, link.line(), ctx.config().statuses())) {
                    // "superseded by xxx" in a template's list of choices is placeholder-text's finding
                    continue;
                }
                if (ctx.log().resolve(adr, link).isEmpty()) {
                    ctx.report(adr, link.line(), says(adr, link) + ", but "
                            + LinkTargets.whyNoAdr(ctx, adr, link, width) + ".");
                }
            }
        }
    }

    /** {@code Status says "Superseded by ADR-009"} when the link is on the status line, else {@code The ADR says ...}. */
    static String says(Adr adr, AdrLink link) {
        boolean onStatus = adr.status().map(s -> s.line() == link.line()).orElse(false);
        return (onStatus ? "Status says \"" : "The ADR says \"") + link.text() + "\"";
    }
}
