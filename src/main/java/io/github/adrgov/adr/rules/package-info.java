/**
 * The rule catalogue: one small class per rule behind {@link io.github.adrgov.adr.rules.Rule}, registered in
 * {@link io.github.adrgov.adr.rules.Rules}. Rules report; the {@link io.github.adrgov.adr.validate.Validator} decides
 * severities. Log-wide rules use the log's indexes (and {@code AdrLog.supersessions()}), never a rescan per ADR.
 * Shared package-private helpers: {@code LinkTargets} (why a link names no ADR), {@code Headings} (section-name matching), {@code Placeholders} (template-text patterns) and
 * {@code RuleSupport} (message wording).
 */
package io.github.adrgov.adr.rules;
