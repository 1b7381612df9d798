package org.manabi.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.manabi.core.config.ManabiConfig;
import org.manabi.web.problem.Problems;

/**
 * Guards every API request before any resource runs:
 * <ul>
 * <li>a state-changing request whose {@code Origin} is another site is refused, which stops
 *     cross-site form posts, sign-in CSRF included;</li>
 * <li>a state-changing request of a signed-in session must echo the session's CSRF token in
 *     {@code X-CSRF-Token};</li>
 * <li>an account that must change its issued password may do nothing else first.</li>
 * </ul>
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class RequestGuard implements ContainerRequestFilter {

    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** What an account with an issued password may still reach. */
    private static final Set<String> ALLOWED_BEFORE_PASSWORD_CHANGE = Set.of("session", "session/password",
            "i18n", "i18n/choice", "system/status");

    @Context
    HttpServletRequest request;

    @Inject
    ManabiConfig config;

    @Override
    public void filter(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        String instance = context.getUriInfo().getRequestUri().getRawPath();
        boolean changesState = !SAFE_METHODS.contains(context.getMethod());
        if (changesState && isCrossOrigin(context.getHeaderString("Origin"), context.getHeaderString("Host"),
                config.publicBaseUrl())) {
            context.abortWith(Problems.response(403, "cross-origin", "Cross-site request refused",
                    "This request came from another site.", instance));
            return;
        }
        Optional<SessionAccount> account = CurrentSession.of(request);
        if (account.isEmpty()) {
            return;
        }
        boolean signingIn = "session".equals(path) && "POST".equals(context.getMethod());
        if (changesState && !signingIn && !tokenMatches(account.get(), context.getHeaderString(CSRF_HEADER))) {
            context.abortWith(Problems.response(403, "csrf-token", "Missing or wrong CSRF token",
                    "Reload the page and try again.", instance));
            return;
        }
        if (account.get().mustChangePassword() && !ALLOWED_BEFORE_PASSWORD_CHANGE.contains(path)) {
            context.abortWith(Problems.response(403, "password-change-required", "Password change required",
                    "Choose your own password first.", instance));
        }
    }

    /**
     * Whether a browser's {@code Origin} names another site. Same site means the same scheme, host
     * and port as the public address (MANABI_BASE_URL, right behind a proxy that rewrites Host) or
     * the same host and port as the request's {@code Host} header. No Origin at all is a non-browser
     * client or a same-origin navigation; {@code Origin: null} (sandboxed frames, some redirects) is
     * refused.
     */
    static boolean isCrossOrigin(String origin, String host, String publicBaseUrl) {
        if (origin == null) {
            return false;
        }
        Optional<Endpoint> from = Endpoint.parse(origin);
        if (from.isEmpty()) {
            return true;
        }
        if (Endpoint.parse(publicBaseUrl).filter(from.get()::equals).isPresent()) {
            return false;
        }
        return host == null || !Endpoint.parse(from.get().scheme() + "://" + host).filter(from.get()::equals)
                .isPresent();
    }

    /** Scheme, host and effective port: what makes two addresses the same origin. */
    record Endpoint(String scheme, String host, int port) {

        static Optional<Endpoint> parse(String address) {
            if (address == null || address.isBlank() || "null".equals(address)) {
                return Optional.empty();
            }
            try {
                URI uri = new URI(address.strip());
                if (uri.getScheme() == null || uri.getHost() == null) {
                    return Optional.empty();
                }
                String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
                int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
                return Optional.of(new Endpoint(scheme, uri.getHost().toLowerCase(Locale.ROOT), port));
            } catch (URISyntaxException malformed) {
                return Optional.empty();
            }
        }
    }

    private static boolean tokenMatches(SessionAccount account, String offered) {
        return offered != null && MessageDigest.isEqual(account.csrfToken().getBytes(StandardCharsets.US_ASCII),
                offered.getBytes(StandardCharsets.US_ASCII));
    }
}
