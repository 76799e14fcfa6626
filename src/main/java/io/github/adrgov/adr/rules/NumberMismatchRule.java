package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Severity;

/** {@code number-mismatch}: the number in the file name differs from the one in the title or front matter. */
public final class NumberMismatchRule implements Rule {

    @Override public String id() { return "number-mismatch"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "The number in an ADR's file name differs from the number in its title or front matter.";
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.numbered()) {
            return;
        }
        for (Adr adr : ctx.log().adrs()) {
            if (adr.fileNumber() != null && adr.titleNumber() != null
                    && !adr.fileNumber().equals(adr.titleNumber())) {
                String where = inHeading(adr) ? "title" : "front matter";
                ctx.report(adr, adr.titleLine(), "The file name says number " + adr.fileNumberText()
                        + ", but the " + where + " says " + adr.titleNumber()
                        + "; rename the file or fix the " + where + ".");
            }
        }
    }

    private static boolean inHeading(Adr adr) {
        int l = adr.titleLine();
        return l <= 0 || l > adr.lines().size() || adr.lines().get(l - 1).stripLeading().startsWith("#");
    }
}
