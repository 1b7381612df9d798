package org.manabi.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;

/**
 * An account holder changes their own password, proving they know the current one. Wrong current
 * passwords count against the same throttle as sign-ins and are audited, so a stolen session cannot
 * be used to guess the real password.
 */
@ApplicationScoped
public class PasswordChange {

    static final String CHANGED = "PASSWORD_CHANGED";
    static final String WRONG_CURRENT = "PASSWORD_CHANGE_FAILED";

    /** How a change ended; {@code problems} lists what is wrong with a refused new password. */
    public record Result(Outcome outcome, List<PasswordPolicy.Problem> problems, Instant changedAt) {

        /** The possible endings of a change. */
        public enum Outcome { CHANGED, WRONG_CURRENT_PASSWORD, NEW_PASSWORD_REFUSED, SAME_AS_CURRENT, NO_ACCOUNT, THROTTLED }

        static Result of(Outcome outcome) {
            return new Result(outcome, List.of(), null);
        }
    }

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    SignInThrottles throttles;

    @Transactional
    public Result change(long accountId, String currentPassword, String newPassword, String sourceAddress,
                         String requestId) {
        Account account = accounts.find(accountId).filter(Account::canSignIn).orElse(null);
        if (account == null) {
            return Result.of(Result.Outcome.NO_ACCOUNT);
        }
        String accountKey = SignInThrottles.accountKey(account.loginId());
        if (throttles.accounts().attempt(accountKey).isPresent()) {
            return Result.of(Result.Outcome.THROTTLED);
        }
        if (!hasher.matches(currentPassword, account.passwordHash())) {
            auditLog.record(new AuditEntry(account.loginId(), WRONG_CURRENT, "account:" + account.id(),
                    "wrong current password", sourceAddress, requestId));
            return Result.of(Result.Outcome.WRONG_CURRENT_PASSWORD);
        }
        throttles.accounts().succeeded(accountKey);
        if (PasswordHasher.normalise(newPassword).equals(PasswordHasher.normalise(currentPassword))) {
            return Result.of(Result.Outcome.SAME_AS_CURRENT);
        }
        List<PasswordPolicy.Problem> problems = policy.problems(newPassword, account.loginId());
        if (!problems.isEmpty()) {
            return new Result(Result.Outcome.NEW_PASSWORD_REFUSED, problems, null);
        }
        account.changePasswordHash(hasher.hash(newPassword), true, clock.instant());
        auditLog.record(new AuditEntry(account.loginId(), CHANGED, "account:" + account.id(), null, sourceAddress,
                requestId));
        return new Result(Result.Outcome.CHANGED, List.of(), account.passwordChangedAt());
    }
}
