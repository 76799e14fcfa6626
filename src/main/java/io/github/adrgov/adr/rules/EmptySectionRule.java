package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.Section;
import io.github.adrgov.adr.model.SectionConcept;
import io.github.adrgov.adr.result.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code empty-section}: a required section is present but holds nothing but blank lines and comments. An empty
 * {@code Status} section is left to {@code missing-status}. An empty options heading followed, at its own level, by
 * headings that name no section ({@code ## Considered Options}, then {@code ## Jest}, {@code ## Mocha}) is the heading
 * of those options, written a level too high, not an empty section.
 */
public final class EmptySectionRule implements Rule {

    @Override public String id() { return "empty-section"; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "A required section is present but has no content.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
                # 1. Use PostgreSQL

                Date: 2025-01-15

                ## Status

                Accepted

                ## Context

                The orders service needs a place to keep orders.

                ## Decision

                We will use PostgreSQL.

                ## Consequences
                """;
    }

    @Override public String fix() {
        return """
                Write the section's content; if there truly is nothing to say, say so in a sentence ("None known yet.").""";
    }

    @Override public String configuration() {
        return """
                The sections checked are the required ones, set with `<requiredSections>`.""";
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, Headings.Wanted> wanted = new HashMap<>();
        for (Adr adr : ctx.log().adrs()) {
            Dialect dialect = adr.dialect();
            List<String> required = ctx.config().requiredSections(dialect);
            if (required.isEmpty()) {
                continue;
            }
            List<String> headings = Headings.normalized(adr);
            for (String entry : required) {
                Headings.Wanted w = wanted.computeIfAbsent(entry, Headings::wanted);
                if (w.isStatus()) {
                    // an empty Status section is a missing status: missing-status reports it
                    continue;
                }
                Optional<Section> found = Headings.find(adr, headings, w);
                if (found.isPresent() && found.get().isEmpty() && !optionsAsSiblings(adr, found.get())) {
                    ctx.report(adr, found.get().line(), "Required section \"" + found.get().heading()
                            + "\" is empty; write its content.");
                }
            }
        }
    }

    /**
     * Whether an empty Considered Options section is followed, at the same level, by a non-empty section whose heading
     * names no section concept: the options written as headings of the same level.
     */
    private static boolean optionsAsSiblings(Adr adr, Section options) {
        if (!SectionConcept.of(Headings.normalize(options.heading())).contains(SectionConcept.CONSIDERED_OPTIONS)) {
            return false;
        }
        List<Section> sections = adr.sections();
        int i = sections.indexOf(options);
        if (i < 0 || i + 1 >= sections.size()) {
            return false;
        }
        Section next = sections.get(i + 1);
        return next.level() == options.level() && !next.isEmpty()
                && SectionConcept.of(Headings.normalize(next.heading())).isEmpty();
    }
}
