package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.Status;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Severity;

/**
 * {@code unknown-status}: a status that maps to no lifecycle category (neither a configured word nor a built-in
 * synonym); the message quotes the status, at most {@value #MAX_QUOTE} characters of it, and lists the allowed values.
 */
public final class UnknownStatusRule implements Rule {

    /** The longest status quoted in a message: a status is a word or a line, never a paragraph. */
    static final int MAX_QUOTE = 60;

    @Override public String id() { return "unknown-status"; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "An ADR's status is not in the configured status vocabulary.";
    }

    @Override public String example() {
        return """
                ==> docs/adr/0001-use-postgresql.md <==
                # 1. Use PostgreSQL

                Date: 2025-01-15

                ## Status

                Contested

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
                Use a status of the vocabulary, or add the team's word to it mapped onto a lifecycle category:
                `<extraStatuses><contested>proposed</contested></extraStatuses>`.""";
    }

    @Override public String configuration() {
        return """
                `<statuses>` replaces the vocabulary (`word` or `word=category`); `<extraStatuses>` adds words, each mapped to one
                of the categories proposed, accepted, rejected, deprecated, superseded or draft.""";
    }

    @Override
    public void check(RuleContext ctx) {
        String allowed = ctx.config().statuses().describe();
        for (Adr adr : ctx.log().adrs()) {
            if (adr.status().isEmpty()) {
                continue;
            }
            Status s = adr.status().get();
            if (s.category() != StatusCategory.OTHER || s.text().isBlank()
                    || Placeholders.choiceList(adr, ctx.config().statuses()) != null) {
                // a template's list of choices is placeholder-text's finding
                continue;
            }
            String word = quote(s.text()).toLowerCase(java.util.Locale.ROOT);
            String element = word.matches("[a-z][a-z0-9_-]*") ? word : "contested";
            ctx.report(adr, s.line(), "Status \"" + quote(s.text()) + "\" is not in the vocabulary (" + allowed
                    + "); if it is the log's word for one of them, map it onto its category in the plugin"
                    + " configuration, " + (element.equals(word) ? "" : "as in ") + "<extraStatuses><" + element
                    + ">" + ctx.config().statuses().likelyCategory(word).id() + "</" + element + "></extraStatuses>, or fix the status.");
        }
    }

    /** The status as quoted: its first line, cut at a word boundary after at most {@link #MAX_QUOTE} characters. */
    static String quote(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        if (nl >= 0) {
            t = t.substring(0, nl).strip();
        }
        if (t.length() <= MAX_QUOTE) {
            return t;
        }
        int cut = t.lastIndexOf(' ', MAX_QUOTE);
        return t.substring(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE).strip() + " ...";
    }
}
