package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Problem;
import io.github.adrgov.adr.result.Severity;
import java.util.Locale;

/**
 * {@code invalid-front-matter}: YAML front matter that does not parse. The parser records it as a
 * {@link Problem} of the ADR; this rule reports the problems that concern the front matter (they say so, or lie
 * before the Markdown body).
 */
public final class InvalidFrontMatterRule extends FileRule {

    @Override public String id() { return "invalid-front-matter"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "The YAML front matter of an ADR does not parse.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
                ---
                status: accepted
                date: 2025-01-15
                decision-makers: [alice, bob
                ---
                # Use PostgreSQL for orders

                ## Context and Problem Statement

                The orders service needs a place to keep orders.

                ## Considered Options

                * PostgreSQL
                * MongoDB

                ## Decision Outcome

                Chosen option: "PostgreSQL", because the team knows it.
                """;
    }

    @Override public String fix() {
        return """
                Fix the YAML between the `---` lines: close brackets and quotes, indent nested keys with spaces, quote values that
                hold a `:` followed by a space.""";
    }

    @Override
    public void check(Adr adr, FileContext ctx) {
        for (Problem p : adr.problems()) {
            if (isFrontMatter(adr, p)) {
                ctx.report(adr.file(), p.line() != null && p.line() > 0 ? p.line() : null, p.message());
            }
        }
    }

    /**
     * Whether the ADR's front matter could not be read. Rules about values the front matter may hold (title, status,
     * date, fields) then stay quiet for the file: the one finding of this rule names the cause.
     */
    static boolean hasBrokenFrontMatter(Adr adr) {
        for (Problem p : adr.problems()) {
            if (isFrontMatter(adr, p)) {
                return true;
            }
        }
        return false;
    }

    static boolean isFrontMatter(Adr adr, Problem p) {
        String m = p.message().toLowerCase(Locale.ROOT);
        if (m.contains("front matter") || m.contains("front-matter")) {
            return true;
        }
        return p.line() != null && p.line() > 0 && p.line() < adr.bodyStartLine();
    }
}
