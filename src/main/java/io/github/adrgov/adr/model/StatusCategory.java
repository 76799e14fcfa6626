package io.github.adrgov.adr.model;

import java.util.Locale;

/** The normalised lifecycle category of an ADR's status. */
public enum StatusCategory {
    PROPOSED, ACCEPTED, REJECTED, DEPRECATED, SUPERSEDED, DRAFT,
    /** A status written in the file that is not in the configured vocabulary. */
    OTHER;

    /** The lower-case id used in JSON, e.g. {@code accepted}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether an ADR in this state still stands (or may come to stand): accepted or proposed. */
    public boolean isActive() {
        return this == ACCEPTED || this == PROPOSED;
    }
}
