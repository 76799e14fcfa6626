/**
 * The one careful way of editing ADR files, shared by every goal that writes them ({@code adr:new},
 * {@code adr:supersede}, {@code adr:status}, {@code adr:fix}). {@link io.github.adrgov.adr.edit.LineText} holds a
 * file's bytes as lines that keep the BOM, each line's own ending and the trailing newline;
 * {@link io.github.adrgov.adr.edit.LinePatch} changes only named lines; {@link io.github.adrgov.adr.edit.UnifiedDiff}
 * shows a change for dry runs; {@link io.github.adrgov.adr.edit.AtomicWriter} writes through a temporary file and an
 * atomic move, never outside the project; {@link io.github.adrgov.adr.edit.AdrEditor} sets a status, a date or a
 * supersession link in the file's own dialect, using the parsed model to find the lines.
 */
package io.github.adrgov.adr.edit;
