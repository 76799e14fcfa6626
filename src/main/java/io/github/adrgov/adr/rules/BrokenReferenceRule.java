package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.result.Severity;

/**
 * {@code broken-reference}: a reference to another ADR anywhere in the body ({@code see ADR-042}, a link to an ADR
 * file, {@code Amends ADR-3}) that names no ADR of the log. A link to a URL or a site-absolute path that resolves to no ADR is left alone: it may point at another
 * repository's ADR or a web page, which this log cannot check.
 */
public final class BrokenReferenceRule implements Rule {

    @Override public String id() { return "broken-reference"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "A reference to another ADR names no existing ADR.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
                # 1. Use PostgreSQL

                Date: 2025-01-15

                ## Status

                Accepted

                Amends [7. Split the orders service](0007-split-the-orders-service.md)

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
                References are read from the Status section and from Related Decisions / Links sections. Point the reference at
                an ADR that exists (check its number and file name), or remove it.""";
    }

    @Override
    public void check(RuleContext ctx) {
        int width = RuleSupport.paddedWidth(ctx.log());
        for (Adr adr : ctx.log().adrs()) {
            for (AdrLink link : adr.links()) {
                if (link.kind() != LinkKind.REFERENCE && link.kind() != LinkKind.AMENDS
                        && link.kind() != LinkKind.AMENDED_BY) {
                    continue;
                }
                if (link.targetPath() != null && LinkTargets.isAbsolute(link.targetPath())) {
                    continue;
                }
                if (ctx.log().resolve(adr, link).isEmpty()) {
                    ctx.report(adr, link.line(), "Reference \"" + link.text() + "\" is broken: "
                            + LinkTargets.whyNoAdr(ctx, adr, link, width) + ".");
                }
            }
        }
    }
}
