package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code number-gap}: numbers missing from the sequence, from 1 (or 0) up to the highest number. Reported once per
 * log, compactly ({@code Numbers 0034 and 0036-0039 are missing}), on the first ADR after the first gap. Numbers of
 * files skipped as non-ADRs (e.g. {@code 0000-template.md}) and of files that could not be read (which
 * {@code unreadable-file} reports) count as taken. A gap whose next ADR is dated before every dated ADR below the gap
 * is not reported: that ADR was written elsewhere first and kept its number when it was brought into this log (the
 * Cosmos-family logs carry ADRs over from the SDK's log so), so the numbers before it were never this log's; ADRs so
 * brought in are left out when the next gap is judged.
 */
public final class NumberGapRule implements Rule {

    /**
     * A gap is judged numbers of a brought-in ADR only against at least this many dated ADRs below it: a first
     * record written after the others (a {@code DR000} on the process, dated later) is no sign of one.
     */
    static final int MIN_DATED_BELOW = 3;

    /** At most this many ranges are spelled out; the rest are counted. */
    static final int MAX_RANGES = 10;

    private static final Pattern LEADING_NUMBER = Pattern.compile("^[A-Za-z]{0,4}-?(\\d+)(?:[-_. ]|$)");

    @Override public String id() { return "number-gap"; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "Numbers are missing from the sequence of ADR numbers.";
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
                ==> docs/adr/0003-use-postgresql.md <==
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
                Restore the missing ADR (a deleted ADR should be marked Deprecated instead), or renumber. A number taken by a
                skipped file such as `0000-template.md` counts as taken.""";
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.numbered() || ctx.log().numbers().isEmpty()) {
            return;
        }
        TreeSet<Integer> taken = new TreeSet<>(ctx.log().numbers().keySet());
        int highest = taken.last();
        List<String> notRead = new ArrayList<>(ctx.log().skipped());
        ctx.log().unreadable().forEach(u -> notRead.add(u.file()));
        for (String skipped : notRead) {
            Matcher m = LEADING_NUMBER.matcher(RuleSupport.fileName(skipped));
            if (m.find() && m.group(1).length() <= 9 && Integer.parseInt(m.group(1)) < highest) {
                taken.add(Integer.parseInt(m.group(1)));
            }
        }
        List<int[]> gaps = new ArrayList<>();
        int expected = 1;
        for (int n : taken) {
            if (n > expected) {
                gaps.add(new int[] {expected, n - 1});
            }
            expected = Math.max(expected, n + 1);
        }
        Set<Integer> broughtIn = new HashSet<>();
        gaps.removeIf(g -> broughtIn(ctx.log().numbers(), g, broughtIn));
        if (gaps.isEmpty()) {
            return;
        }
        int width = RuleSupport.paddedWidth(ctx.log());
        List<String> parts = new ArrayList<>();
        int missing = 0;
        for (int[] g : gaps) {
            missing += g[1] - g[0] + 1;
            if (parts.size() < MAX_RANGES) {
                parts.add(g[0] == g[1] ? RuleSupport.pad(g[0], width)
                        : RuleSupport.pad(g[0], width) + "-" + RuleSupport.pad(g[1], width));
            }
        }
        if (gaps.size() > MAX_RANGES) {
            parts.add((gaps.size() - MAX_RANGES) + " more ranges");
        }
        String message = (missing == 1 ? "Number " + parts.get(0) + " is" : "Numbers " + RuleSupport.join(parts) + " are")
                + " missing from the sequence.";
        Adr after = firstAtOrAbove(ctx.log().numbers(), gaps.get(0)[1] + 1);
        ctx.report(after, RuleSupport.fileLine(after), message);
    }

    /**
     * The first ADR after the gap is older than every dated ADR numbered below it (at least {@link #MIN_DATED_BELOW} of them), leaving
     * out ADRs found brought in after an earlier gap; such an ADR is added to {@code broughtIn}.
     */
    private static boolean broughtIn(NavigableMap<Integer, List<Adr>> numbers, int[] gap, Set<Integer> broughtIn) {
        Map.Entry<Integer, List<Adr>> next = numbers.ceilingEntry(gap[1] + 1);
        if (next == null) {
            return false;
        }
        LocalDate nextDate = null;
        for (Adr a : next.getValue()) {
            if (a.date() == null) {
                return false;
            }
            nextDate = nextDate == null || a.date().isAfter(nextDate) ? a.date() : nextDate;
        }
        int datedBelow = 0;
        for (Map.Entry<Integer, List<Adr>> below : numbers.headMap(gap[0], false).entrySet()) {
            if (broughtIn.contains(below.getKey())) {
                continue;
            }
            for (Adr a : below.getValue()) {
                if (a.date() != null) {
                    if (!a.date().isAfter(nextDate)) {
                        return false;
                    }
                    datedBelow++;
                }
            }
        }
        if (datedBelow < MIN_DATED_BELOW) {
            return false;
        }
        broughtIn.add(next.getKey());
        return true;
    }

    private static Adr firstAtOrAbove(Map<Integer, List<Adr>> numbers, int n) {
        for (Map.Entry<Integer, List<Adr>> e : numbers.entrySet()) {
            if (e.getKey() >= n) {
                return e.getValue().get(0);
            }
        }
        throw new IllegalStateException("a gap always has an ADR after it");
    }
}
