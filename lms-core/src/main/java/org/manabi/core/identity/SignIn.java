package org.manabi.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;

/**
 * Checks a login id and password. Every attempt is audited (never with the password); attempts are
 * counted per account and per source address before the password is checked, so parallel guesses
 * are throttled too; an unknown login id costs the same time as a
 * wrong password; a hash made with weaker parameters is upgraded on a successful sign-in.
 */
@ApplicationScoped
public class SignIn {

    static final String SIGNED_IN = "SIGN_IN_SUCCEEDED";
    static final String REJECTED = "SIGN_IN_FAILED";
    static final String THROTTLED = "SIGN_IN_THROTTLED";
    private static final int MAX_LOGGED_LOGIN_ID = 64;

    private AccountRepository accounts;
    private AuditLog auditLog;
    private PasswordHasher hasher;
    private LoginThrottle accountThrottle;
    private LoginThrottle addressThrottle;

    protected SignIn() {
    }

    @Inject
    public SignIn(AccountRepository accounts, AuditLog auditLog, PasswordHasher hasher, SignInThrottles throttles) {
        this(accounts, auditLog, hasher, throttles.accounts(), throttles.addresses());
    }

    SignIn(AccountRepository accounts, AuditLog auditLog, PasswordHasher hasher, LoginThrottle accountThrottle,
           LoginThrottle addressThrottle) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.hasher = hasher;
        this.accountThrottle = accountThrottle;
        this.addressThrottle = addressThrottle;
    }

    @Transactional
    public SignInResult attempt(String loginId, String password, String sourceAddress, String requestId) {
        String accountKey = SignInThrottles.accountKey(loginId);
        String addressKey = SignInThrottles.addressKey(sourceAddress);
        String loggedId = clip(loginId);
        Optional<Instant> blocked = later(accountThrottle.attempt(accountKey), addressThrottle.attempt(addressKey));
        if (blocked.isPresent()) {
            boolean accountWaitNew = accountThrottle.firstRefusalOfWait(accountKey);
            boolean addressWaitNew = addressThrottle.firstRefusalOfWait(addressKey);
            if (accountWaitNew || addressWaitNew) {
                auditLog.record(new AuditEntry(loggedId, THROTTLED, null, "retry after " + blocked.get()
                        + "; further refusals until then are not recorded", sourceAddress, requestId));
            }
            return SignInResult.throttled(blocked.get());
        }
        Optional<Account> found = accounts.findByLoginId(loginId);
        boolean passwordMatches = found.map(a -> hasher.matches(password, a.passwordHash()))
                .orElseGet(() -> hasher.matchesNothing(password));
        if (!passwordMatches) {
            auditLog.record(new AuditEntry(loggedId, REJECTED, null, "wrong login id or password", sourceAddress,
                    requestId));
            return SignInResult.of(SignInResult.Outcome.REJECTED);
        }
        Account account = found.get();
        accountThrottle.succeeded(accountKey);
        addressThrottle.forgive(addressKey);
        if (!account.canSignIn()) {
            auditLog.record(new AuditEntry(account.loginId(), REJECTED, "account:" + account.id(),
                    "account is " + account.status(), sourceAddress, requestId));
            return SignInResult.of(SignInResult.Outcome.NOT_ACTIVE);
        }
        if (hasher.needsRehash(account.passwordHash())) {
            account.upgradeHash(hasher.hash(password));
        }
        auditLog.record(new AuditEntry(account.loginId(), SIGNED_IN, "account:" + account.id(), null, sourceAddress,
                requestId));
        return SignInResult.signedIn(account);
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isAfter(b.get()) ? a : b;
    }

    private static String clip(String loginId) {
        String value = loginId == null ? "" : loginId.strip();
        return value.length() <= MAX_LOGGED_LOGIN_ID ? value : value.substring(0, MAX_LOGGED_LOGIN_ID);
    }
}
