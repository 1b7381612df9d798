package org.manabi.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** Reads the signed-in account from a request's server session, if it has one. */
public final class CurrentSession {

    private CurrentSession() {
    }

    public static Optional<SessionAccount> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            return session.getAttribute(SessionAccount.ATTRIBUTE) instanceof SessionAccount account
                    ? Optional.of(account) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** Ends the request's session, if it has one; one that another request just ended is fine too. */
    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // Another request ended it first: the outcome is the same.
            }
        }
    }
}
