package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.result.Severity;

/** {@code missing-title}: no H1 title and no front-matter title. */
public final class MissingTitleRule extends FileRule {

    @Override public String id() { return "missing-title"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "An ADR has no H1 title and no front-matter title.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
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
                Start the file with one H1 heading that names the decision, e.g. `# 1. Use PostgreSQL for orders` (or give a
                `title` in the front matter).""";
    }

    @Override
    public void check(Adr adr, FileContext ctx) {
        if (InvalidFrontMatterRule.hasBrokenFrontMatter(adr)) {
            return;
        }
        if (adr.title() == null || adr.title().isBlank()) {
            ctx.report(adr.file(), null, "The ADR has no title; start it with a heading such as \""
                    + example(adr) + "\".");
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
