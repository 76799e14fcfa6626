package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.baseline.AdrMatcher;
import io.github.adrgov.adr.config.StatusTransitions;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.BaselineSnapshot;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Severity;
import java.util.Optional;
import java.util.Set;

/**
 * {@code illegal-status-transition}: an ADR whose status moved, since this branch left the baseline, in a way the
 * configured {@link StatusTransitions} table does not allow (e.g. Accepted back to Proposed).
 */
public final class IllegalStatusTransitionRule implements Rule {

    @Override
    public String id() {
        return "illegal-status-transition";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Against a git baseline: a status change the lifecycle does not allow, e.g. Accepted back to Proposed"
                + " or Superseded back to Accepted.";
    }

    @Override public String example() {
        return """
                With `-Dadr.baseline=origin/main`: `docs/adr/0005-pin-base-images.md` reads "Accepted" on `origin/main`, and
                the branch changed it to "Proposed".""";
    }

    @Override public String fix() {
        return """
                Keep the status, or move it forward (Accepted to Deprecated or Superseded); to reopen a decision, write a new
                ADR.""";
    }

    @Override public String configuration() {
        return """
                `adr.statusTransitions` replaces the allowed changes, e.g.
                `proposed->accepted,rejected;accepted->deprecated,superseded`.""";
    }

    @Override
    public void check(RuleContext context) {
        Optional<BaselineSnapshot> baseline = context.baseline();
        if (baseline.isEmpty()) {
            return;
        }
        StatusTransitions table = context.config().statusTransitions();
        for (Adr before : baseline.get().mergeBase().adrs()) {
            StatusCategory from = before.statusCategory();
            if (from == StatusCategory.OTHER) {
                continue;
            }
            Optional<Adr> now = AdrMatcher.counterpart(before, context.log());
            if (now.isEmpty()) {
                continue;
            }
            StatusCategory to = now.get().statusCategory();
            if (to == StatusCategory.OTHER || table.allows(from, to)) {
                continue;
            }
            int line = now.get().status().map(s -> s.line()).orElse(0);
            context.report(now.get(), line, "Status changed from \"" + before.status().get().text() + "\" on "
                    + baseline.get().ref() + " to \"" + now.get().status().get().text() + "\"; "
                    + allowed(from, table.allowedFrom(from)));
        }
    }

    private static String allowed(StatusCategory from, Set<StatusCategory> targets) {
        if (targets.isEmpty()) {
            return article(from) + " ADR is final: write a new ADR instead.";
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (StatusCategory c : targets) {
            if (i > 0) {
                sb.append(i == targets.size() - 1 ? " or " : ", ");
            }
            sb.append(c.id());
            i++;
        }
        return article(from) + " ADR may only become " + sb + " (adr.statusTransitions).";
    }

    private static String article(StatusCategory c) {
        return ("aeiou".indexOf(c.id().charAt(0)) >= 0 ? "an " : "a ") + c.id();
    }
}
