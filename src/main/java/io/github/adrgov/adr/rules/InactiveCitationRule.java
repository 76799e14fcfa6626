package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Severity;

/**
 * {@code inactive-citation}: source code cites an ADR that was rejected or deprecated, so the code rests on a
 * decision that does not stand. (A superseded ADR is {@code superseded-citation}'s; a proposed one is fine.)
 */
public final class InactiveCitationRule implements Rule {

    @Override public String id() { return "inactive-citation"; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "Source code cites an ADR that is rejected or deprecated.";
    }

    @Override
    public void check(RuleContext ctx) {
        CitedAdrs.forEach(ctx, (c, adrs) -> {
            if (adrs.isEmpty()) {
                return;
            }
            Adr adr = adrs.get(0);
            StatusCategory cat = adr.statusCategory();
            if (cat != StatusCategory.REJECTED && cat != StatusCategory.DEPRECATED) {
                return;
            }
            if (!ctx.log().supersessions().supersededBy(adr).isEmpty()) {
                return; // superseded-citation names the successor
            }
            ctx.report(c.file(), c.line(), "Cites " + CitedAdrs.name(ctx, adr) + ", which is \""
                    + adr.status().map(s -> s.text()).orElse(cat.id()) + "\": the code rests on a decision that"
                    + " does not stand; change the code or the citation.");
        });
    }
}
