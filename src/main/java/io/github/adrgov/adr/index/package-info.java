/**
 * The index of the ADR log: {@link io.github.adrgov.adr.index.IndexRenderer} writes the Markdown table,
 * {@link io.github.adrgov.adr.index.IndexFile} owns the marked block of the index file and writes it atomically,
 * {@link io.github.adrgov.adr.index.AdrsJsonWriter} writes {@code adrs.json}. Plain Java, no Maven types; the output
 * is deterministic (sorted, UTF-8, no timestamps).
 */
package io.github.adrgov.adr.index;
