package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Severity;

/** {@code missing-number}: in a numbered log, an ADR without a number in its file name or title. */
public final class MissingNumberRule implements Rule {

    @Override public String id() { return "missing-number"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "In a numbered log, an ADR carries no number in its file name or title.";
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
                ==> docs/adr/use-kafka.md <==
                # Use Kafka for events

                Date: 2025-02-01

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
                Give the file the next free number, in its name and its title (`0003-use-kafka.md`, `# 3. Use Kafka for
                events`).""";
    }

    @Override public String configuration() {
        return """
                `<numbering>`: `auto` (the default: a log counts as numbered when at least half of its ADRs carry numbers),
                `numbered`, or `unnumbered` for logs that use slugs (log4brains), where the number rules stay quiet.""";
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.numbered()) {
            return;
        }
        String nextText = RuleSupport.nextFreeNumber(ctx.log());
        for (Adr adr : ctx.log().adrs()) {
            if (adr.number() == null && adr.statusCategory() != StatusCategory.DRAFT) {
                // a draft takes its number when it is proposed (adr-draft-spectrum.md)
                String name = RuleSupport.fileName(adr.file());
                boolean folder = name.matches("(?i)(readme|index)\\.(md|markdown)");
                ctx.report(adr, RuleSupport.fileLine(adr), "The ADR has no number, but the log is numbered; "
                        + (folder ? "rename its folder" : "rename the file") + " to start with the next free number ("
                        + nextText + "-" + (folder ? RuleSupport.fileName(adr.id()) + "/" : name) + ").");
            }
        }
    }
}
