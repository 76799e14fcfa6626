/**
 * Decisions cited in code: {@link io.github.adrgov.adr.citations.CitationScanner} reads source and resource files in
 * one pass each (a byte pre-filter for {@code adr}, no regular expressions, binary and huge files skipped) and finds
 * citations of ADRs ({@code ADR-0012}, {@code ADR 12}, {@code adr-012}, paths to the log's files);
 * {@link io.github.adrgov.adr.citations.CodeCitations} holds them and
 * {@link io.github.adrgov.adr.citations.CitationTargets} resolves them against a log. Plain Java, no Maven types;
 * the rules {@code broken-citation}, {@code superseded-citation} and {@code inactive-citation} read them.
 */
package io.github.adrgov.adr.citations;
