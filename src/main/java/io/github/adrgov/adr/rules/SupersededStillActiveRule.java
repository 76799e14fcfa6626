package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Supersessions;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code superseded-still-active}: B supersedes A (said by either side), but A's status still reads Accepted or
 * Proposed. A successor that is itself only proposed, a draft, or rejected does not count: until it is accepted the
 * older ADR rightly stands. Reported once per superseded ADR, on its status line, naming every successor.
 */
public final class SupersededStillActiveRule implements Rule {

    @Override public String id() { return "superseded-still-active"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "An ADR is superseded by another, but its status still reads Accepted or Proposed.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-mysql.md <==
                # 1. Use MySQL

                Date: 2025-01-15

                ## Status

                Accepted

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

                Accepted

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
                Change the old ADR's status to `Superseded by ADR-0002` (adr-tools: `adr new -s 1 ...` does both sides).""";
    }

    @Override
    public void check(RuleContext ctx) {
        Map<Adr, List<Adr>> successors = new LinkedHashMap<>();
        for (Supersessions.Pair p : ctx.log().supersessions().pairs()) {
            if (p.older().statusCategory().isActive() && stands(p.newer().statusCategory())) {
                successors.computeIfAbsent(p.older(), k -> new ArrayList<>()).add(p.newer());
            }
        }
        for (Map.Entry<Adr, List<Adr>> e : successors.entrySet()) {
            Adr older = e.getKey();
            List<String> files = new ArrayList<>();
            for (Adr n : e.getValue()) {
                files.add(n.file());
            }
            Adr first = e.getValue().get(0);
            String name = first.number() != null ? "ADR-" + RuleSupport.numberText(first) : first.id();
            ctx.report(older, older.status().get().line(), "Status still reads \"" + older.status().get().text()
                    + "\", but this ADR is superseded by " + RuleSupport.join(files)
                    + "; change the status to \"Superseded by " + name + "\".");
        }
    }

    /** Whether a successor in this state has replaced its predecessor (not merely proposed or rejected). */
    private static boolean stands(StatusCategory c) {
        return c != StatusCategory.PROPOSED && c != StatusCategory.DRAFT && c != StatusCategory.REJECTED;
    }
}
