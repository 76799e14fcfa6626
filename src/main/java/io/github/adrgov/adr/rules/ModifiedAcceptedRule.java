package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.baseline.AdrMatcher;
import io.github.adrgov.adr.baseline.SignificantLines;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.BaselineSnapshot;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Severity;
import java.util.Optional;

/**
 * {@code modified-accepted}: an ADR that was accepted where this branch left the baseline, whose text changed beyond
 * its status and link lines. Accepted ADRs are never rewritten; a change of mind is a new ADR that supersedes them.
 */
public final class ModifiedAcceptedRule implements Rule {

    private static final int SNIPPET = 60;

    @Override
    public String id() {
        return "modified-accepted";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Against a git baseline: an accepted ADR's text changed beyond its status and link lines; write a new"
                + " ADR that supersedes it instead.";
    }

    @Override public String example() {
        return """
                With `-Dadr.baseline=origin/main`: `docs/adr/0003-use-kafka.md` reads "Accepted" on `origin/main`, and the
                branch rewrote its Decision section (from "We will use Kafka" to "We will use Pulsar"). Changing its status line or
                its links is allowed.""";
    }

    @Override public String fix() {
        return """
                Restore the accepted ADR and write a new ADR that supersedes it; then mark the old one `Superseded by ADR-...`.""";
    }

    @Override public String configuration() {
        return """
                Runs only with `adr.baseline`; `adr.baselineMissing` (`fail` or `warn`) says what happens when the ref is not in
                the clone.""";
    }

    @Override
    public void check(RuleContext context) {
        Optional<BaselineSnapshot> baseline = context.baseline();
        if (baseline.isEmpty()) {
            return;
        }
        String ref = baseline.get().ref();
        for (Adr before : baseline.get().mergeBase().adrs()) {
            if (before.statusCategory() != StatusCategory.ACCEPTED) {
                continue;
            }
            Optional<Adr> now = AdrMatcher.counterpart(before, context.log());
            if (now.isEmpty()) {
                continue;
            }
            SignificantLines.Change change = SignificantLines.firstChange(before, now.get());
            if (change == null) {
                continue;
            }
            String what;
            int line;
            if (change.after() != null) {
                line = change.after().number();
                what = "line " + line + " now reads \"" + snippet(change.after().text()) + "\"";
            } else {
                line = 0;
                what = "\"" + snippet(change.before().text()) + "\" (line " + change.before().number()
                        + " on " + ref + ") was removed";
            }
            context.report(now.get(), line, "This ADR was accepted when this branch left " + ref
                    + " and its text has changed: " + what + ". Accepted ADRs are not rewritten: undo the change and"
                    + " write a new ADR that supersedes this one.");
        }
    }

    private static String snippet(String text) {
        return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET - 3) + "...";
    }
}
