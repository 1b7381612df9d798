package org.manabi.web.security;

import java.util.List;

/**
 * The caller's session as the UI sees it. Signed out, only {@code signedIn} is present.
 *
 * @param csrfToken send it back in {@code X-CSRF-Token} with every state-changing request
 */
public record SessionView(boolean signedIn, String loginId, String displayName, List<String> roles,
                          Boolean mustChangePassword, String csrfToken) {

    static final SessionView SIGNED_OUT = new SessionView(false, null, null, null, null, null);

    static SessionView of(SessionAccount account) {
        return new SessionView(true, account.loginId(), account.displayName(),
                account.roleNames().stream().sorted().toList(), account.mustChangePassword(), account.csrfToken());
    }
}
