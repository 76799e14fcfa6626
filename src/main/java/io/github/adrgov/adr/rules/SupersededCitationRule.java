package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code superseded-citation}: source code cites an ADR that is superseded; the message names the successor (from
 * either side of the supersession links), so the code can be checked against the decision that stands now.
 */
public final class SupersededCitationRule implements Rule {

    @Override public String id() { return "superseded-citation"; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "Source code cites an ADR that is superseded.";
    }

    @Override
    public void check(RuleContext ctx) {
        CitedAdrs.forEach(ctx, (c, adrs) -> {
            if (adrs.isEmpty()) {
                return;
            }
            Adr adr = adrs.get(0);
            List<Adr> successors = ctx.log().supersessions().supersededBy(adr);
            if (successors.isEmpty() && adr.statusCategory() != StatusCategory.SUPERSEDED) {
                return;
            }
            if (successors.isEmpty()) {
                ctx.report(c.file(), c.line(), "Cites " + CitedAdrs.name(ctx, adr) + ", which is \""
                        + adr.status().map(s -> s.text()).orElse("Superseded")
                        + "\"; cite the ADR that replaced it, or check that the code still follows a decision that"
                        + " stands.");
                return;
            }
            List<String> names = new ArrayList<>();
            for (Adr s : successors) {
                names.add(CitedAdrs.name(ctx, s));
            }
            ctx.report(c.file(), c.line(), "Cites " + CitedAdrs.name(ctx, adr) + ", which is superseded by "
                    + RuleSupport.join(names) + "; check the code against the successor and cite it instead.");
        });
    }
}
