package io.github.adrgov.adr.known;

/** The known-findings file cannot be used: it does not parse, or holds values of the wrong kind. */
public final class KnownFindingsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message one sentence naming the file and the problem */
    public KnownFindingsException(String message) {
        super(message);
    }
}
