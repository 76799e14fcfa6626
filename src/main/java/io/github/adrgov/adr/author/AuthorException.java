package io.github.adrgov.adr.author;

/** A request that is refused before anything is written; the message says why and what to do, for the user. */
public class AuthorException extends Exception {

    private static final long serialVersionUID = 1L;

    public AuthorException(String message) {
        super(message);
    }

    public AuthorException(String message, Throwable cause) {
        super(message, cause);
    }
}
