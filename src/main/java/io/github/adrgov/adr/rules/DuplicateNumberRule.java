package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.config.NumberingMode;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code duplicate-number}: two or more ADRs share a number. One finding per file of the group, each naming the
 * other file(s).
 *
 * <p>A log whose ADRs declare their own identity in front matter ({@code id: 0037-aws-test-cleanup} on most of them,
 * no two alike, none just the number) keeps its numbers as an ordering hint only, so a number shared by two ADRs is
 * that log's convention and is not reported under {@code <numbering>auto</numbering>};
 * {@code <numbering>numbered</numbering>} reports it.
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

    @Override public String configuration() {
        return """
                A log whose ADRs declare their identity in front matter (`id: 0037-aws-test-cleanup` on at least half of them,
                none the same) keeps its numbers as an ordering hint, and shared numbers are not reported;
                `<numbering>numbered</numbering>` reports them.""";
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.numbered()) {
            return;
        }
        if (ctx.config().numbering() == NumberingMode.AUTO && identifiedById(ctx.log().adrs())) {
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

    /**
     * Whether the log names its ADRs by a declared id rather than by number: at least half of them (and at least
     * three) carry a front-matter {@code id} that is more than the number, and no two carry the same id.
     */
    static boolean identifiedById(List<Adr> adrs) {
        Set<String> ids = new HashSet<>();
        int declared = 0;
        for (Adr adr : adrs) {
            String id = adr.field("id").map(f -> f.value()).map(String::strip).orElse("");
            if (id.isEmpty()) {
                continue;
            }
            if (!ID_BEYOND_NUMBER.matcher(id).find() || !ids.add(id.toLowerCase(Locale.ROOT))) {
                return false;
            }
            declared++;
        }
        return declared >= 3 && declared * 2 >= adrs.size();
    }

    /** An id holds more than a number when it has a letter (ADR-12 alone would still be the number). */
    private static final Pattern ID_BEYOND_NUMBER = Pattern.compile("\\p{L}[\\p{L}\\d]*[-_ .]+\\p{L}|\\d[-_ .]+\\p{L}");
}
