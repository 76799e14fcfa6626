package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.result.Severity;

/**
 * {@code broken-citation}: source code or a resource cites an ADR ({@code ADR-0012}, a path to an ADR file) that the
 * log does not hold. Reported on the citing file and line. A number is only checked in a log that numbers its ADRs;
 * a path to a file the log skips (its README, a template) cites no ADR.
 */
public final class BrokenCitationRule implements Rule {

    @Override public String id() { return "broken-citation"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "Source code or resources cite an ADR that does not exist.";
    }

    @Override
    public void check(RuleContext ctx) {
        String dir = ctx.log().directory();
        CitedAdrs.forEach(ctx, (c, adrs) -> {
            if (adrs.isEmpty()) {
                String what = c.number() != null
                        ? "there is no " + RuleSupport.adrName(c.number(), RuleSupport.paddedWidth(ctx.log()))
                        : "there is no ADR file " + c.fileName();
                ctx.report(c.file(), c.line(), "Cites " + c.text() + ", but " + what + " in " + dir
                        + "; fix the citation or add the ADR.");
            }
        });
    }
}
