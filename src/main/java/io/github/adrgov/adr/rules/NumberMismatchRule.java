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

    @Override public String example() {
        return """
                ==> docs/adr/0001-record-decisions.md <==
                # 1. Record architecture decisions

                Date: 2025-01-15

                ## Status

                Accepted

                ## Context

                We need to record decisions.

                ## Decision

                We will keep ADRs.

                ## Consequences

                Decisions are written down.
                ==> docs/adr/0002-use-postgresql.md <==
                # 3. Use PostgreSQL

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
                Make the number in the file name and the number in the title the same; when the ADR was copied from another, it
                needs the next free number in both places.""";
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
