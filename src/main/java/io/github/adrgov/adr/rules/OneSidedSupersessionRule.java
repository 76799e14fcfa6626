package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Supersessions;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.result.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code one-sided-supersession}: only one side of a supersession says so.
 * <ul>
 *   <li>A says "superseded by B", but B does not say it supersedes A: reported on A's link, asking for the link back
 *       in B, so that a reader of B finds what it replaced.</li>
 *   <li>B says it supersedes A, but A does not name B as its successor: reported on B's link, asking A to say
 *       "Superseded by B". When A's status is still Accepted or Proposed, {@code superseded-still-active} already
 *       reports the graver problem and this rule stays quiet.</li>
 * </ul>
 * A link that names several ADRs (a duplicated number) is answered when any of them links back, and is reported
 * once. The newer ADR also answers when its text names the older one in any form (a link in its Context, {@code
 * The behaviour supersedes that description in ADR-0015}, {@code ADR 4 should be marked as superseded once ...}):
 * its reader then finds what it replaced, which is what the link back is for, and the older ADR's explicit
 * "Superseded by" already puts the pair in the model. Only a newer ADR that never names the older one is reported.
 */
public final class OneSidedSupersessionRule implements Rule {

    @Override public String id() { return "one-sided-supersession"; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "One ADR says it is superseded by (or supersedes) another, but the other ADR does not say so.";
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
                Add the other side: `Supersedes [1. Use MySQL](0001-use-mysql.md)` in the newer ADR (status or related
                decisions).""";
    }

    @Override
    public void check(RuleContext ctx) {
        Supersessions all = ctx.log().supersessions();
        for (Adr adr : ctx.log().adrs()) {
            Set<String> reported = new HashSet<>();
            for (AdrLink link : adr.links()) {
                boolean supersededBy = link.kind() == LinkKind.SUPERSEDED_BY;
                if (!supersededBy && link.kind() != LinkKind.SUPERSEDES) {
                    continue;
                }
                List<Adr> others = new ArrayList<>();
                boolean answered = false;
                boolean anyInactive = false;
                for (Adr other : ctx.log().resolve(adr, link)) {
                    if (other == adr || others.contains(other)) {
                        continue;
                    }
                    others.add(other);
                    Supersessions.Pair p = supersededBy ? all.pair(adr, other) : all.pair(other, adr);
                    answered |= supersededBy ? p.byNewer() != null || namesBack(all, other, adr)
                            : p.byOlder() != null;
                    anyInactive |= !other.statusCategory().isActive();
                }
                if (others.isEmpty() || answered) {
                    continue;
                }
                List<String> files = new ArrayList<>();
                for (Adr o : others) {
                    files.add(o.file());
                }
                String names = String.join(" or ", files);
                if (!reported.add(link.kind() + "\n" + names)) {
                    continue;
                }
                if (supersededBy) {
                    ctx.report(adr, link.line(), BrokenSupersessionRule.says(adr, link) + ", but " + names
                            + " does not say it supersedes this ADR; add a \"Supersedes\" link to " + name(adr)
                            + " there.");
                } else if (anyInactive) {
                    ctx.report(adr, link.line(), BrokenSupersessionRule.says(adr, link) + ", but " + names
                            + " does not name this ADR as its successor; write \"Superseded by " + name(adr)
                            + "\" in its status.");
                }
            }
        }
    }

    /**
     * Whether {@code newer} names {@code older} in its text, other than by saying that it is itself superseded by it
     * (a cycle, which {@code supersession-cycle} reports).
     */
    private static boolean namesBack(Supersessions all, Adr newer, Adr older) {
        Supersessions.Pair reverse = all.pair(newer, older);
        return (reverse == null || reverse.byOlder() == null) && SupersessionMentions.names(newer, older);
    }

    private static String name(Adr adr) {
        return adr.number() != null ? "ADR-" + RuleSupport.numberText(adr) : adr.id();
    }
}
