package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.Field;
import io.github.adrgov.adr.result.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code missing-field}: a metadata field required for the ADR's dialect (other than status and date; the template
 * asks for Deciders) is absent or empty. An entry may name alternatives separated by {@code |}
 * (e.g. {@code deciders|decision-makers}).
 */
public final class MissingFieldRule implements Rule {

    @Override public String id() { return "missing-field"; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "A required metadata field other than status and date is absent (template: Deciders).";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
                # ADR-001: Use PostgreSQL for orders

                **Date**: 2025-01-15
                **Status**: Accepted

                ## Context

                The orders service needs a place to keep orders.

                ## Decision Drivers

                Operations know PostgreSQL.

                ## Considered Options

                PostgreSQL, MongoDB.

                ## Decision

                We will use PostgreSQL.

                ## Rationale

                It is what we run already.

                ## Consequences

                We run one more database.
                """;
    }

    @Override public String fix() {
        return """
                Add the field, e.g. `**Deciders**: Alice, Bob`.""";
    }

    @Override public String configuration() {
        return """
                `<requiredFields>` sets the required fields per dialect, replacing the defaults:
                `<requiredFields><template>Deciders, Technical Story</template></requiredFields>`.""";
    }

    @Override
    public void check(RuleContext ctx) {
        for (Adr adr : ctx.log().adrs()) {
            Dialect dialect = adr.dialect();
            if (InvalidFrontMatterRule.hasBrokenFrontMatter(adr)) {
                continue;
            }
            for (String entry : ctx.config().requiredFields(dialect)) {
                List<String> names = Headings.alternatives(entry);
                if (names.isEmpty() || names.get(0).equalsIgnoreCase("status") || names.get(0).equalsIgnoreCase("date")) {
                    // status and date: missing-status and missing-date speak for them
                    continue;
                }
                Optional<Field> field = Optional.empty();
                for (String name : names) {
                    field = adr.field(name);
                    if (field.isPresent()) {
                        break;
                    }
                }
                if (field.isEmpty()) {
                    ctx.report(adr, RuleSupport.fileLine(adr), "Required field \"" + names.get(0) + "\" is missing; add "
                            + example(dialect, names.get(0)) + ".");
                } else if (field.get().value().isBlank()) {
                    ctx.report(adr, field.get().line(), "Required field \"" + field.get().name()
                            + "\" is empty; fill it in.");
                }
            }
        }
    }

    private static String example(Dialect d, String name) {
        switch (d) {
            case TEMPLATE:
            case QUICK:
                return "a \"**" + name + "**: ...\" line below the title";
            case MADR:
                return "\"" + name.toLowerCase(java.util.Locale.ROOT) + ": ...\" to the front matter, or a \"* "
                        + name + ": ...\" bullet below the title";
            case LOG4BRAINS:
                return "a \"- " + name + ": ...\" bullet below the title";
            default:
                return "a \"" + name + ": ...\" line below the title";
        }
    }
}
