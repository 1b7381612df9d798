package org.manabi.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.manabi.core.identity.AccountLifecycle;

/**
 * Makes the person a session belongs to the caller of each request, with their roles, so
 * {@code @RolesAllowed} and {@code SecurityContext} work as the platform defines them. Signing in
 * happens in {@link SessionResource}, which puts a {@link SessionAccount} in a fresh session.
 *
 * <p>It never answers 401 itself: Payara asks it about every request, public ones included, and the
 * resources' own role checks answer 401 or 403 as problem+json.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    AccountLifecycle lifecycle;

    /**
     * A session whose account has since been suspended or deleted, or whose password has been
     * changed elsewhere, ends here at its very next request. The account is looked up by id, which
     * JPA's shared cache answers without SQL.
     */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Optional<SessionAccount> account = CurrentSession.of(request);
        if (account.isEmpty()) {
            return context.doNothing();
        }
        SessionAccount signedIn = account.get();
        if (!lifecycle.sessionStillValid(signedIn.id(), signedIn.passwordChangedAt())) {
            CurrentSession.end(request);
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(signedIn.loginId(), signedIn.roleNames());
    }
}
