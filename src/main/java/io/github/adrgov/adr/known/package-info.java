/**
 * Known findings, for adopting the plugin on a log that already has debt: {@link
 * io.github.adrgov.adr.known.KnownFindings} is the committed file that {@code adr:suppress} writes (per file and rule,
 * the count and the messages, never line numbers), and {@link io.github.adrgov.adr.known.KnownFindingsMatcher} splits a
 * validation into what the file records and what is new, following renamed ADR files by their number and title.
 * Plain Java, no Maven types; the file is sorted and deterministic.
 */
package io.github.adrgov.adr.known;
