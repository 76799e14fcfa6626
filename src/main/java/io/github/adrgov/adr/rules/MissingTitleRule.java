package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Severity;

/** {@code missing-title}: no H1 title and no front-matter title. */
public final class MissingTitleRule implements FileRule {

    @Override public String id() { return "missing-title"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "An ADR has no H1 title and no front-matter title.";
    }

    @Override
    public void check(RuleContext ctx) {
        for (Adr adr : ctx.log().adrs()) {
            if (InvalidFrontMatterRule.hasBrokenFrontMatter(adr)) {
                continue;
            }
            if (adr.title() == null || adr.title().isBlank()) {
                ctx.report(adr.file(), null, "The ADR has no title; start it with a heading such as \""
                        + example(adr) + "\".");
            }
        }
    }

    private static String example(Adr adr) {
        Integer n = adr.number();
        switch (adr.dialect()) {
            case TEMPLATE:
            case QUICK:
                return "# ADR-" + (n == null ? "NNN" : RuleSupport.numberText(adr)) + ": Title";
            case NYGARD:
                return "# " + (n == null ? "N" : String.valueOf(n)) + ". Title";
            default:
                return "# Title";
        }
    }
}
