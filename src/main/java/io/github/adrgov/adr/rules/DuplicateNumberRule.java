package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code duplicate-number}: two or more ADRs share a number. One finding per file of the group, each naming the
 * other file(s).
 */
public final class DuplicateNumberRule implements Rule {

    /** At most this many other files are named in one message; the rest are counted. */
    static final int MAX_NAMED = 5;

    @Override public String id() { return "duplicate-number"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "Two ADRs share a number.";
    }

    @Override public String example() {
        return """
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
                ==> docs/adr/0002-use-kafka.md <==
                # 2. Use Kafka

                Date: 2025-01-15

                ## Status

                Accepted

                ## Context

                Services publish events.

                ## Decision

                We will use Kafka.

                ## Consequences

                We run Kafka.
                """;
    }

    @Override public String fix() {
        return """
                Two branches took the same number. Renumber the one that landed later with the next free number (file name and
                title), and update the links to it.""";
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.numbered()) {
            return;
        }
        String nextText = RuleSupport.nextFreeNumber(ctx.log());
        for (Map.Entry<Integer, List<Adr>> e : ctx.log().numbers().entrySet()) {
            List<Adr> group = e.getValue();
            if (group.size() < 2) {
                continue;
            }
            for (Adr adr : group) {
                List<String> others = new ArrayList<>();
                for (Adr o : group) {
                    if (o != adr && others.size() < MAX_NAMED) {
                        others.add(o.file());
                    }
                }
                if (group.size() - 1 > MAX_NAMED) {
                    others.add((group.size() - 1 - MAX_NAMED) + " more files");
                }
                ctx.report(adr, RuleSupport.fileLine(adr), "Number " + RuleSupport.numberText(adr)
                        + " is also used by " + RuleSupport.join(others) + "; give one of them the next free number, "
                        + nextText + ".");
            }
        }
    }
}
