package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.Section;
import io.github.adrgov.adr.model.SectionConcept;
import io.github.adrgov.adr.result.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code missing-date}: an ADR states no date, or an empty one. The message says where the date goes. Quiet where the
 * date is not part of the dialect's template (MADR, unless configured in {@code requiredFields}), for a changelog-
 * dialect ADR whose {@code ## Changelog} section holds a dated entry, for a status line that carries the date
 * ({@code Proposed - 30/04/2025}), and in a log that by its own convention records
 * no dates at all ({@link RuleSupport#logConvention}).
 */
public final class MissingDateRule implements Rule {

    /** A year in a changelog entry, as every way of writing its date has one (2023-01-10, Mar 3, 2023, 2019 Oct 22). */
    private static final Pattern DATED = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    @Override public String id() { return "missing-date"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "An ADR states no date.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
                # 1. Use PostgreSQL

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
                Write the date the decision was made, as `YYYY-MM-DD`, where the dialect keeps it (`Date: 2025-01-15`,
                `**Date**: 2025-01-15`, `date:` in the front matter).""";
    }

    @Override
    public void check(RuleContext ctx) {
        if (RuleSupport.logConvention(ctx.log(), adr -> adr.dateText() != null || datedChangelog(adr))) {
            return;
        }
        Dialect main = RuleSupport.mainDialect(ctx.log());
        for (Adr adr : ctx.log().adrs()) {
            Dialect dialect = RuleSupport.dialect(adr, main);
            if (InvalidFrontMatterRule.hasBrokenFrontMatter(adr) || !ctx.config().requiresDate(dialect)) {
                continue;
            }
            if (adr.dateText() == null) {
                if (!datedChangelog(adr) && !datedStatus(adr)) {
                    ctx.report(adr, RuleSupport.fileLine(adr), "The ADR has no date; " + where(dialect) + ".");
                }
            } else if (adr.dateText().isBlank()) {
                ctx.report(adr, adr.dateLine(), "The date is empty; write the date of the decision as YYYY-MM-DD.");
            }
        }
    }

    /** Whether the status line carries the date: {@code Proposed - 30/04/2025}, {@code Accepted (2024-03-01)}. */
    static boolean datedStatus(Adr adr) {
        return adr.status().map(s -> STATUS_DATE.matcher(s.text()).find()).orElse(false);
    }

    /** A full date written in a status line: ISO, or day, month and a four-digit year. */
    private static final Pattern STATUS_DATE = Pattern.compile(
            "\\b(?:(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./](?:19|20)\\d{2})\\b");

    /**
     * Whether the ADR keeps its dates in a changelog section that holds a dated entry. Only an ADR with such a section
     * reads its file again (the model keeps no section text).
     */
    static boolean datedChangelog(Adr adr) {
        List<String> lines = null;
        for (Section s : adr.sections()) {
            if (SectionConcept.byName(Headings.normalize(s.heading())) == SectionConcept.CHANGELOG) {
                if (lines == null) {
                    lines = adr.lines();
                }
                for (int n = s.line() + 1; n <= Math.min(s.endLine(), lines.size()); n++) {
                    if (DATED.matcher(lines.get(n - 1)).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Where a date is written in a dialect, as advice. */
    static String where(Dialect d) {
        switch (d) {
            case TEMPLATE:
                return "add a \"**Date**: YYYY-MM-DD\" line below the title";
            case QUICK:
                return "add \"| **Date**: YYYY-MM-DD\" to the metadata line below the title";
            case NYGARD:
                return "add a \"Date: YYYY-MM-DD\" line below the title";
            case MADR:
                return "add \"date: YYYY-MM-DD\" to the front matter, or a \"* Date: YYYY-MM-DD\" bullet below the title";
            case LOG4BRAINS:
                return "add a \"- Date: YYYY-MM-DD\" bullet below the title";
            case CHANGELOG:
                return "add a \"## Changelog\" section whose first entry is dated, e.g. \"- 2025-01-15: Initial draft\"";
            default:
                return "add a \"Date: YYYY-MM-DD\" line below the title";
        }
    }
}
