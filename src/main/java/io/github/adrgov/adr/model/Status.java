package io.github.adrgov.adr.model;

import java.util.Objects;

/**
 * The status of an ADR.
 *
 * @param category normalised category
 * @param text     the status as written in the file (trimmed, markup such as bold or emoji kept out), never null
 * @param line     1-based line where the status is written
 */
public record Status(StatusCategory category, String text, int line) {
    public Status {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
    }
}
