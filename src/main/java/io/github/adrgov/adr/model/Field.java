package io.github.adrgov.adr.model;

/**
 * A metadata field of an ADR other than status and date, e.g. Deciders.
 *
 * @param name  the field name as written (e.g. {@code Deciders}, {@code decision-makers})
 * @param value the value as written, trimmed; may be empty
 * @param line  1-based line
 */
public record Field(String name, String value, int line) {
}
