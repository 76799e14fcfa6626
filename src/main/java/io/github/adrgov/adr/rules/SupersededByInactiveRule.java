package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Supersessions;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Severity;

/**
 * {@code superseded-by-inactive}: an ADR that no longer stands (superseded, deprecated...) names as its successor an
 * ADR that is itself rejected, deprecated, or only proposed or a draft. While the older ADR is still Accepted or
 * Proposed the pair is a pending proposal, not a problem, and this rule stays quiet. Reported once per pair, on the
 * older ADR's own "superseded by" link, else on its status line.
 */
public final class SupersededByInactiveRule implements Rule {

    @Override public String id() { return "superseded-by-inactive"; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "An ADR is superseded by an ADR that is itself rejected, deprecated or only proposed.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-mysql.md <==
                # 1. Use MySQL

                Date: 2025-01-15

                ## Status

                Superseded by [2. Use PostgreSQL](0002-use-postgresql.md)

                ## Context

                The orders service needs a place to keep orders.

                ## Decision

                We will use MySQL.

                ## Consequences

                We run one more database.
                ==> docs/adr/0002-use-postgresql.md <==
                # 2. Use PostgreSQL

                Date: 2025-01-15

                ## Status

                Rejected

                Supersedes [1. Use MySQL](0001-use-mysql.md)

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
                The successor is not in force, so the old ADR still is: restore the old ADR's status, or accept the successor.""";
    }

    @Override
    public void check(RuleContext ctx) {
        for (Supersessions.Pair p : ctx.log().supersessions().pairs()) {
            Adr older = p.older();
            Adr newer = p.newer();
            StatusCategory c = newer.statusCategory();
            if (older.statusCategory().isActive() || newer.status().isEmpty()) {
                continue;
            }
            String advice;
            switch (c) {
                case PROPOSED:
                case DRAFT:
                    advice = "is only \"" + newer.status().get().text()
                            + "\"; accept the successor, or keep this ADR standing until it is accepted";
                    break;
                case REJECTED:
                    advice = "was \"" + newer.status().get().text()
                            + "\"; name the ADR that really replaced this one, or restore this ADR's status";
                    break;
                case DEPRECATED:
                    advice = "is itself \"" + newer.status().get().text()
                            + "\"; name the ADR that stands now, or deprecate this one too";
                    break;
                default:
                    continue;
            }
            int line = p.byOlder() != null ? p.byOlder().line()
                    : older.status().map(s -> s.line()).orElse(older.titleLine());
            ctx.report(older, line, "This ADR is superseded by " + newer.file() + ", but that ADR " + advice + ".");
        }
    }
}
