package org.manabi.core.identity;

/** Another account already has this login id; two administrators may have issued it at the same moment. */
public class LoginIdTakenException extends RuntimeException {

    public LoginIdTakenException() {
        super("login id already in use");
    }
}
