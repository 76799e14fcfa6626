package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.result.Severity;

/** {@code self-supersession}: an ADR that says it supersedes, or is superseded by, itself. */
public final class SelfSupersessionRule implements Rule {

    @Override public String id() { return "self-supersession"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "An ADR supersedes itself.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-record-decisions.md <==
                # 1. Record architecture decisions

                Date: 2025-01-15

                ## Status

                Accepted

                ## Context

                We need to record decisions.

                ## Decision

                We will keep ADRs.

                ## Consequences

                Decisions are written down.
                ==> docs/adr/0002-use-mysql.md <==
                # 2. Use MySQL

                Date: 2025-01-15

                ## Status

                Superseded by ADR-0002

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
                Name the ADR that supersedes this one; it is always another, newer ADR.""";
    }

    @Override
    public void check(RuleContext ctx) {
        for (Adr adr : ctx.log().adrs()) {
            for (AdrLink link : adr.links()) {
                if (link.kind() != LinkKind.SUPERSEDES && link.kind() != LinkKind.SUPERSEDED_BY) {
                    continue;
                }
                for (Adr target : ctx.log().resolve(adr, link)) {
                    if (target == adr) {
                        String fix = link.kind() == LinkKind.SUPERSEDED_BY
                                ? "name the ADR that replaced this one" : "name the ADR this one replaces";
                        ctx.report(adr, link.line(), BrokenSupersessionRule.says(adr, link)
                                + ", which names this ADR itself; " + fix + ".");
                        break;
                    }
                }
            }
        }
    }
}
