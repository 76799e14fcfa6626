package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.citations.Citation;
import io.github.adrgov.adr.citations.CitationTargets;
import io.github.adrgov.adr.model.Adr;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/** What the three citation rules share: resolving each citation once per line and naming ADRs in messages. */
final class CitedAdrs {

    private CitedAdrs() {
    }

    /**
     * Calls {@code each} with every checkable citation and the ADRs it names (empty when it names none), once per
     * citing line and cited text.
     */
    static void forEach(RuleContext ctx, BiConsumer<Citation, List<Adr>> each) {
        if (ctx.citations().citations().isEmpty()) {
            return;
        }
        CitationTargets targets = new CitationTargets(ctx.log());
        Set<String> seen = new HashSet<>();
        for (Citation c : ctx.citations().citations()) {
            if (!targets.checkable(c)) {
                continue;
            }
            List<Adr> adrs = targets.resolve(c);
            String key = c.location() + "\n" + (adrs.isEmpty() ? c.text() : adrs.get(0).file());
            if (seen.add(key)) {
                each.accept(c, adrs);
            }
        }
    }

    /** An ADR as a message names it: {@code ADR-0004 "Use Postgres"} (the id when it has no number). */
    static String name(RuleContext ctx, Adr adr) {
        String n = adr.number() != null ? RuleSupport.adrName(adr.number(), RuleSupport.paddedWidth(ctx.log()))
                : adr.id();
        return n + " \"" + adr.title() + "\"";
    }
}
