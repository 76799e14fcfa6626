package io.github.adrgov.adr.model;

/**
 * A file under the ADR directory that could not be read or decoded.
 *
 * @param file    path relative to the base directory, forward slashes
 * @param problem what went wrong, e.g. {@code not valid UTF-8 at byte 1234}
 */
public record UnreadableFile(String file, String problem) {
}
