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

    /** Checks the log in the context and reports each problem found. */
    void check(RuleContext context);
}
