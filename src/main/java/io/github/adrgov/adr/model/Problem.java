package io.github.adrgov.adr.model;

/**
 * Something the parser could not make sense of in a file, kept on the model so that a rule can report it.
 *
 * @param message what is wrong, in words a user can act on
 * @param line    1-based line, or null
 */
public record Problem(String message, Integer line) {
}
