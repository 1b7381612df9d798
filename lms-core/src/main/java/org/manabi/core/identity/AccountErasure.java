package org.manabi.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.manabi.core.audit.Actor;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.persistence.Database;

/**
 * Deletes an account by erasing its personal data (R10.4). The row stays, holding only tokens that
 * identify no one, so seats and the audit trail keep pointing at a valid id. The erasure, its
 * record, the audit entry and what other features do in response happen in one transaction:
 * all of it or none.
 */
@ApplicationScoped
public class AccountErasure {

    static final String ERASED = "ACCOUNT_ERASED";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    Event<AccountClosed> closed;

    /**
     * Erases the account's personal data; empty when there is no such account.
     *
     * @throws AccountChangeRefused when it was erased already, or it is the actor's own account
     */
    @Transactional
    public Optional<ErasureRecord> erase(long accountId, String reason, Actor actor) {
        String unusableHash = hasher.hash(randomSecret());
        Optional<Account> found = accounts.findLocked(accountId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Account account = found.get();
        if (account.status() == AccountStatus.DELETED) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.ACCOUNT_CLOSED);
        }
        if (account.id() == actor.accountId()) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.OWN_ACCOUNT);
        }
        Instant now = clock.instant();
        List<String> fields = account.erase(unusableHash);
        ErasureRecord record = new ErasureRecord(accountId, fields, now, actor.name(), reason);
        entityManager.persist(record);
        withdrawPendingRevocations(accountId, actor, now);
        // The entry names the fields, never their old values: the trail must not keep what was erased.
        auditLog.record(actor.entry(ERASED, "account:" + accountId, "erased " + String.join(", ", fields)
                + "; reason: " + reason));
        closed.fire(new AccountClosed(accountId, AccountStatus.DELETED, actor));
        return Optional.of(record);
    }

    /** The erasure records of one account, oldest first. */
    public List<ErasureRecord> recordsFor(long accountId) {
        return entityManager.createQuery("select r from ErasureRecord r where r.accountId = :account"
                        + " order by r.erasedAt, r.id", ErasureRecord.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** A revocation waiting for approval has nothing left to revoke. */
    private void withdrawPendingRevocations(long accountId, Actor actor, Instant now) {
        entityManager.createQuery("select r from RevocationRequest r where r.accountId = :account"
                        + " and r.status = :pending", RevocationRequest.class)
                .setParameter("account", accountId)
                .setParameter("pending", RevocationStatus.PENDING)
                .getResultList()
                .forEach(request -> request.reject(actor, now, "account erased"));
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
