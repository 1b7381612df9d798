package org.manabi.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.manabi.core.audit.Actor;
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

    /**
     * Suspends the account; empty when there is no such (undeleted) account.
     *
     * @throws AccountChangeRefused when the account is revoked
     */
    @Transactional
    public Optional<Account> suspend(long accountId, String reason, Actor actor) {
        Optional<Account> account = open(accountId);
        account.ifPresent(a -> {
            a.suspend();
            auditLog.record(actor.entry(SUSPENDED, "account:" + a.id(), reason));
        });
        return account;
    }

    /** @throws AccountChangeRefused when the account is revoked */
    @Transactional
    public Optional<Account> resume(long accountId, Actor actor) {
        Optional<Account> account = open(accountId);
        account.ifPresent(a -> {
            a.resume();
            auditLog.record(actor.entry(RESUMED, "account:" + a.id(), null));
        });
        return account;
    }

    /** The account, locked for the change; a deleted one is gone as far as callers are concerned. */
    private Optional<Account> open(long accountId) {
        Optional<Account> account = accounts.findLocked(accountId).filter(a -> a.status() != AccountStatus.DELETED);
        if (account.isPresent() && account.get().isClosed()) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.ACCOUNT_CLOSED);
        }
        return account;
    }
}
