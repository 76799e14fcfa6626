package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.baseline.AdrMatcher;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.BaselineSnapshot;
import io.github.adrgov.adr.result.Severity;
import java.util.Optional;

/**
 * {@code number-reused}: an ADR this branch added (or renumbered) whose number already belongs to a different ADR on
 * the tip of the baseline, as happens when two branches each add ADR-012 and one is merged first.
 */
public final class NumberReusedRule implements Rule {

    @Override
    public String id() {
        return "number-reused";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Against a git baseline: a number that belongs to another ADR on the target branch; take the next free"
                + " number.";
    }

    @Override public String example() {
        return """
                With `-Dadr.baseline=origin/main`: the branch adds `docs/adr/0012-use-grpc.md`, while `origin/main` already has
                `docs/adr/0012-cache-prices.md`, which another branch merged first.""";
    }

    @Override public String fix() {
        return """
                Rename the branch's ADR to the next free number on the target branch (file name and title).""";
    }

    @Override public String configuration() {
        return """
                Runs only with `adr.baseline`.""";
    }

    @Override
    public void check(RuleContext context) {
        Optional<BaselineSnapshot> baseline = context.baseline();
        if (baseline.isEmpty()) {
            return;
        }
        AdrLog tip = baseline.get().tip();
        AdrLog mergeBase = baseline.get().mergeBase();
        AdrLog log = context.log();
        for (Adr adr : log.adrs()) {
            Integer number = adr.number();
            if (number == null || !addedOrRenumbered(adr, mergeBase)) {
                continue;
            }
            for (Adr other : tip.byNumber(number)) {
                if (other.file().equals(adr.file()) || renamedHere(other, adr, mergeBase, log)) {
                    continue;
                }
                context.report(adr, adr.titleLine(), "Number " + number + " is already taken on "
                        + baseline.get().ref() + " by " + other.file() + describeTitle(other)
                        + "; renumber this ADR to " + nextFree(log, tip) + ", the next free number.");
                break;
            }
        }
    }

    /** Whether the ADR is new on this branch, or carried another number where the branch started. */
    private static boolean addedOrRenumbered(Adr adr, AdrLog mergeBase) {
        Optional<Adr> before = mergeBase.byFile(adr.file());
        return before.isEmpty() || !adr.number().equals(before.get().number());
    }

    /** Whether the tip's ADR is one this branch renamed (it was there at the fork, and its file is gone here). */
    private static boolean renamedHere(Adr tipAdr, Adr adr, AdrLog mergeBase, AdrLog log) {
        Optional<Adr> atFork = mergeBase.byFile(tipAdr.file());
        return atFork.isPresent() && !AdrMatcher.hasFile(log, tipAdr.file())
                && AdrMatcher.counterpart(atFork.get(), log).map(a -> a.file().equals(adr.file())).orElse(false);
    }

    private static String describeTitle(Adr adr) {
        return adr.title() == null ? "" : " (\"" + adr.title() + "\")";
    }

    private static int nextFree(AdrLog log, AdrLog tip) {
        int max = 0;
        for (Integer n : log.numbers().keySet()) {
            max = Math.max(max, n);
        }
        for (Integer n : tip.numbers().keySet()) {
            max = Math.max(max, n);
        }
        return max + 1;
    }
}
