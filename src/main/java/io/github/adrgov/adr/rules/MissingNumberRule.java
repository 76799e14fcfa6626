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
