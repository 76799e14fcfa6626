package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Severity;

/**
 * {@code one-sided-supersession}: only one side of a supersession says so.
 * <ul>
 *   <li>A says "superseded by B", but B does not say it supersedes A: reported on A's link, asking for the link back
 *       in B, so that a reader of B finds what it replaced.</li>
 *   <li>B says it supersedes A, but A does not name B as its successor: reported on B's link, asking A to say
 *       "Superseded by B". When A's status is still Accepted or Proposed, {@code superseded-still-active} already
 *       reports the graver problem and this rule stays quiet.</li>
 * </ul>
 */
public final class OneSidedSupersessionRule implements Rule {

    @Override public String id() { return "one-sided-supersession"; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "One ADR says it is superseded by (or supersedes) another, but the other ADR does not say so.";
    }

    @Override
    public void check(RuleContext ctx) {
        for (Supersessions.Pair p : Supersessions.of(ctx.log()).pairs()) {
            Adr older = p.older();
            Adr newer = p.newer();
            if (p.byOlder() != null && p.byNewer() == null) {
                ctx.report(older, p.byOlder().line(), BrokenSupersessionRule.says(older, p.byOlder()) + ", but "
                        + newer.file() + " does not say it supersedes this ADR; add a \"Supersedes\" link to "
                        + name(older) + " there.");
            } else if (p.byNewer() != null && p.byOlder() == null && !older.statusCategory().isActive()) {
                ctx.report(newer, p.byNewer().line(), BrokenSupersessionRule.says(newer, p.byNewer()) + ", but "
                        + older.file() + " does not name this ADR as its successor; write \"Superseded by "
                        + name(newer) + "\" in its status.");
            }
        }
    }

    private static String name(Adr adr) {
        return adr.number() != null ? "ADR-" + RuleSupport.numberText(adr) : adr.id();
    }
}
