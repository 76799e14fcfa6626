package io.github.adrgov.adr.edit;

import java.io.IOException;

/**
 * An edit that cannot be made safely: the file is not UTF-8, a line to change does not exist, a write would leave the
 * project, or the file system refused. The message names the file and the problem and is meant for the user.
 */
public class EditException extends IOException {

    private static final long serialVersionUID = 1L;

    public EditException(String message) {
        super(message);
    }

    public EditException(String message, Throwable cause) {
        super(message, cause);
    }
}
