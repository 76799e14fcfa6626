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
