package org.manabi.web.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.manabi.core.identity.Role;
import org.manabi.core.identity.SignInResult.SignedInAccount;
import org.manabi.core.organisation.Viewer;

/**
 * What the server session holds about the signed-in person. Serializable so a session survives
 * being passivated; it holds no password and no hash.
 *
 * @param csrfToken the token every state-changing request of this session must echo
 */
public record SessionAccount(long id, String loginId, String displayName, Set<Role> roles,
                             boolean mustChangePassword, Long organisationId, Instant passwordChangedAt,
                             String csrfToken) implements Serializable {

    static final String ATTRIBUTE = SessionAccount.class.getName();

    static SessionAccount of(SignedInAccount account, String csrfToken) {
        return new SessionAccount(account.id(), account.loginId(), account.displayName(), Set.copyOf(account.roles()),
                account.mustChangePassword(), account.organisationId(), account.passwordChangedAt(), csrfToken);
    }

    /** The same person after changing their password: a new change time, a new CSRF token. */
    SessionAccount withPasswordChanged(Instant changedAt, String newCsrfToken) {
        return new SessionAccount(id, loginId, displayName, roles, false, organisationId, changedAt, newCsrfToken);
    }

    /** Who is looking, for reads that depend on it (a manager sees only their own organisation). */
    public Viewer viewer() {
        return new Viewer(id, roles, organisationId);
    }

    Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
