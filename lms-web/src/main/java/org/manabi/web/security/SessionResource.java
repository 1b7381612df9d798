package org.manabi.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.identity.PasswordChange;
import org.manabi.core.identity.PasswordPolicy;
import org.manabi.core.identity.SignIn;
import org.manabi.core.identity.SignInResult;
import org.manabi.web.observability.ClientAddress;
import org.manabi.web.observability.CurrentRequest;
import org.manabi.web.problem.FieldViolation;
import org.manabi.web.problem.Problems;

/** Signing in and out, and changing one's own password. */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SignIn signIn;

    @Inject
    PasswordChange passwordChange;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Who is signed in in this session, and the CSRF token for it")
    public SessionView current() {
        return CurrentSession.of(request).map(SessionView::of).orElse(SessionView.SIGNED_OUT);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with a login ID and password; starts a new server session")
    public Response signIn(@Valid @NotNull SignInRequest form) {
        SignInResult result = signIn.attempt(form.loginId(), form.password(), ClientAddress.of(request),
                CurrentRequest.requestId().orElse(null));
        String path = request.getRequestURI();
        return switch (result.outcome()) {
            case SIGNED_IN -> {
                SessionAccount account = SessionAccount.of(result.account().orElseThrow(), newToken());
                startFreshSession().setAttribute(SessionAccount.ATTRIBUTE, account);
                yield Response.ok(SessionView.of(account)).build();
            }
            case REJECTED -> Problems.response(401, "sign-in-failed", "Sign-in failed",
                    "The login ID or the password is wrong.", path);
            case NOT_ACTIVE -> Problems.response(403, "account-not-active", "Account not active",
                    "This account is suspended or closed. Ask your programme office.", path);
            case THROTTLED -> Response.fromResponse(Problems.response(429, "sign-in-throttled",
                            "Too many attempts", "Too many failed sign-ins. Try again after "
                                    + result.retryAfter().orElseThrow() + ".", path))
                    .header("Retry-After", Math.max(1, Duration.between(clock.instant(),
                            result.retryAfter().orElseThrow()).toSeconds()))
                    .build();
        };
    }

    @DELETE
    @Operation(summary = "Sign out: the server session ends")
    public Response signOut() {
        CurrentSession.end(request);
        return Response.noContent().build();
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the signed-in account's password")
    public Response changePassword(@Valid @NotNull PasswordChangeRequest form) {
        String path = request.getRequestURI();
        SessionAccount account = CurrentSession.of(request).orElse(null);
        if (account == null) {
            return Problems.response(401, "unauthenticated", "Sign-in required", "Sign in, then try again.", path);
        }
        PasswordChange.Result result = passwordChange.change(account.id(), form.currentPassword(),
                form.newPassword(), ClientAddress.of(request), CurrentRequest.requestId().orElse(null));
        return switch (result.outcome()) {
            case CHANGED -> {
                HttpSession session = request.getSession(false);
                if (session == null) {
                    yield Problems.response(401, "unauthenticated", "Sign-in required", "Sign in, then try again.",
                            path);
                }
                request.changeSessionId();
                SessionAccount changed = account.withPasswordChanged(result.changedAt(), newToken());
                session.setAttribute(SessionAccount.ATTRIBUTE, changed);
                yield Response.ok(SessionView.of(changed)).build();
            }
            case THROTTLED -> Problems.response(429, "sign-in-throttled", "Too many attempts",
                    "Too many wrong passwords. Wait a few minutes, then try again.", path);
            case WRONG_CURRENT_PASSWORD -> invalid(path, "currentPassword", "WRONG_PASSWORD",
                    "the current password is wrong");
            case SAME_AS_CURRENT -> invalid(path, "newPassword", "SAME_AS_CURRENT",
                    "choose a password different from the current one");
            case NEW_PASSWORD_REFUSED -> Problems.invalid(path, result.problems().stream()
                    .map(p -> new FieldViolation("newPassword", reason(p), p.name())).toList());
            case NO_ACCOUNT -> {
                CurrentSession.end(request);
                yield Problems.response(401, "unauthenticated", "Sign-in required", "Sign in, then try again.", path);
            }
        };
    }

    /** Ends any session the browser had and starts a new one, so a planted session id is useless. */
    private HttpSession startFreshSession() {
        CurrentSession.end(request);
        return request.getSession(true);
    }

    private static Response invalid(String path, String field, String code, String reason) {
        return Problems.invalid(path, field, reason, code);
    }

    private static String reason(PasswordPolicy.Problem problem) {
        return switch (problem) {
            case TOO_SHORT -> "use at least 8 characters";
            case TOO_LONG -> "use at most 128 characters";
            case TOO_COMMON -> "this password is too common; choose another";
            case CONTAINS_LOGIN_ID -> "do not put your login ID in the password";
        };
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
