package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.baseline.AdrMatcher;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.BaselineSnapshot;
import io.github.adrgov.adr.result.Severity;
import java.util.Optional;

/**
 * {@code deleted-adr}: an ADR that existed where this branch left the baseline, and still exists on the baseline, is
 * gone on this branch (and was not renamed). ADRs are history: deprecate or supersede them instead.
 */
public final class DeletedAdrRule implements Rule {

    @Override
    public String id() {
        return "deleted-adr";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Against a git baseline: an ADR of the baseline was removed; restore it and mark it Deprecated or"
                + " Superseded instead.";
    }

    @Override public String example() {
        return """
                With `-Dadr.baseline=origin/main`: `docs/adr/0004-use-mysql.md` exists on `origin/main` and the branch deleted
                it.""";
    }

    @Override public String fix() {
        return """
                Restore the file and change its status to Deprecated or `Superseded by ADR-...`: the log keeps every decision.""";
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
        String ref = baseline.get().ref();
        for (Adr before : baseline.get().mergeBase().adrs()) {
            if (AdrMatcher.hasFile(context.log(), before.file())
                    || AdrMatcher.counterpart(before, context.log()).isPresent()) {
                continue;
            }
            if (AdrMatcher.counterpart(before, baseline.get().tip()).isEmpty()) {
                continue; // removed on the target branch as well: not this branch's doing
            }
            context.report(before.file(), null, "This ADR" + (before.title() == null ? "" : " (\"" + before.title()
                    + "\")") + " exists on " + ref + " but was deleted on this branch. ADRs are never deleted: restore"
                    + " the file and set its status to Deprecated, or Superseded by the ADR that replaces it.");
        }
    }
}
