package org.manabi.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;

/** Suspends and resumes accounts, and answers whether an account may still act. */
@ApplicationScoped
public class AccountLifecycle {

    static final String SUSPENDED = "ACCOUNT_SUSPENDED";
    static final String RESUMED = "ACCOUNT_RESUMED";

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog auditLog;

    /**
     * Whether a session that signed in when the password was last changed at {@code passwordChangedAt}
     * may go on: the account still exists, may sign in, and its password has not changed since.
     */
    public boolean sessionStillValid(long accountId, Instant passwordChangedAt) {
        return accounts.find(accountId)
                .filter(Account::canSignIn)
                .filter(account -> account.passwordChangedAt().equals(passwordChangedAt))
                .isPresent();
    }

    /** Suspends the account; empty when there is no such (undeleted) account. */
    @Transactional
    public Optional<Account> suspend(long accountId, String reason, String actor) {
        Optional<Account> account = accounts.find(accountId).filter(a -> a.status() != AccountStatus.DELETED);
        account.ifPresent(a -> {
            a.suspend();
            auditLog.record(new AuditEntry(actor, SUSPENDED, "account:" + a.id(), reason, null, null));
        });
        return account;
    }

    @Transactional
    public Optional<Account> resume(long accountId, String actor) {
        Optional<Account> account = accounts.find(accountId).filter(a -> a.status() != AccountStatus.DELETED);
        account.ifPresent(a -> {
            a.resume();
            auditLog.record(new AuditEntry(actor, RESUMED, "account:" + a.id(), null, null, null));
        });
        return account;
    }
}
