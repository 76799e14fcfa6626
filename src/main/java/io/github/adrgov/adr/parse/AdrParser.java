package io.github.adrgov.adr.parse;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;

/**
 * Reads one ADR file's text into the model: detects the dialect and reads title, number, status, date, fields,
 * sections and links. Never throws on bad input: what it cannot read becomes a {@link io.github.adrgov.adr.model.Problem}
 * or an absent value. Thread-safe.
 */
public final class AdrParser {

    private final StatusVocabulary statuses;

    public AdrParser(StatusVocabulary statuses) {
        this.statuses = statuses;
    }

    /**
     * Parses one file.
     *
     * @param file path relative to the base directory, forward slashes
     * @param id   the ADR's id (path relative to the ADR directory without {@code .md}, see {@link Adr#id()})
     * @param text the decoded file text (a leading BOM is allowed)
     */
    public Adr parse(String file, String id, String text) {
        // STUB: replaced by the real parser
        return Adr.builder(file).id(id).build();
    }
}
