/**
 * The model of an ADR log: {@link io.github.adrgov.adr.model.Adr} per file, {@link io.github.adrgov.adr.model.AdrLog}
 * for the whole log with its indexes. Plain Java, no Maven types; every goal and output reads this model.
 */
package io.github.adrgov.adr.model;
