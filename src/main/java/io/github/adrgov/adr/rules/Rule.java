package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.result.Severity;

/**
 * One check of the ADR log. A rule reports problems through its {@link RuleContext}; the engine, not the rule,
 * decides their severity and whether the build fails. Implementations are stateless and thread-safe.
 */
public interface Rule {

    /** Stable id, part of the contract: e.g. {@code broken-supersession}. */
    String id();

    /** Severity when the user does not configure one. */
    Severity defaultSeverity();

    /** One sentence describing what the rule catches, for SARIF help text and documentation. */
    String description();

    /**
     * A failing example for the rules page of the plugin's site: the files of a small log that this rule reports,
     * each introduced by a line {@code ==> docs/adr/0001-name.md <==} (the path relative to the project) and followed
     * by its text. The page generator reads these files and shows what the build prints for them, so the example is
     * checked; text that does not start with such a line is shown as a description instead (for a situation that
     * files alone cannot show, such as a git baseline). Empty when the rule has no example yet.
     */
    default String example() {
        return "";
    }

    /** How to fix what the rule reports, in a sentence or two of Markdown; empty when there is nothing to add. */
    default String fix() {
        return "";
    }

    /**
     * What configures this rule beyond its severity (e.g. {@code <requiredSections>} for {@code missing-section}),
     * in Markdown; empty when only the severity can be set.
     */
    default String configuration() {
        return "";
    }

    /** Checks the log in the context and reports each problem found. */
    void check(RuleContext context);
}
