package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Status;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Severity;

/** {@code unknown-status}: a status outside the configured vocabulary; the message lists the allowed values. */
public final class UnknownStatusRule implements Rule {

    @Override public String id() { return "unknown-status"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "An ADR's status is not in the configured status vocabulary.";
    }

    @Override
    public void check(RuleContext ctx) {
        String allowed = ctx.config().statuses().describe();
        for (Adr adr : ctx.log().adrs()) {
            if (adr.status().isEmpty()) {
                continue;
            }
            Status s = adr.status().get();
            if (s.category() != StatusCategory.OTHER || s.text().isBlank()) {
                continue;
            }
            String word = s.text().trim().toLowerCase(java.util.Locale.ROOT);
            String element = word.matches("[a-z][a-z0-9_-]*") ? word : "approved";
            ctx.report(adr, s.line(), "Status \"" + s.text() + "\" is not in the vocabulary (" + allowed
                    + "); if it is the log's word for one of them, map it onto its category in the plugin"
                    + " configuration, " + (element.equals(word) ? "" : "as in ") + "<extraStatuses><" + element
                    + ">" + likelyCategory(word) + "</" + element + "></extraStatuses>, or fix the status.");
        }
    }

    /** The category a status word most likely means, for the example in the message (accepted when unsure). */
    static String likelyCategory(String word) {
        if (word.matches(".*(pend|review|propos|open|wip|discuss|consider).*")) {
            return "proposed";
        }
        if (word.matches(".*(reject|declin|abandon|refus|dropped).*")) {
            return "rejected";
        }
        if (word.matches(".*(deprecat|obsolete|retire|withdraw).*")) {
            return "deprecated";
        }
        if (word.matches(".*(replac|supersed|supercede).*")) {
            return "superseded";
        }
        return "accepted";
    }
}
