package org.manabi.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

    /** Whether the account exists and may sign in; sessions of an account that may not are ended. */
    public boolean isActive(long accountId) {
        return accounts.find(accountId).map(Account::canSignIn).orElse(false);
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
