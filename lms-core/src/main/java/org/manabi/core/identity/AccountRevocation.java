package org.manabi.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.manabi.core.audit.Actor;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.persistence.Database;

/**
 * Revocation with an approval step: one administrator asks, a different one approves (the account
 * is then revoked and its seats released) or rejects. Each step is audited.
 */
@ApplicationScoped
public class AccountRevocation {

    static final String REQUESTED = "REVOCATION_REQUESTED";
    static final String APPROVED = "REVOCATION_APPROVED";
    static final String REJECTED = "REVOCATION_REJECTED";
    static final String REVOKED = "ACCOUNT_REVOKED";

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    Event<AccountClosed> closed;

    /**
     * Asks for the account to be revoked; empty when there is no such (undeleted) account.
     *
     * @throws AccountChangeRefused when the account is closed, is the requester's own, or already
     *                              has a request waiting
     */
    @Transactional
    public Optional<RevocationRequest> request(long accountId, String reason, Actor actor) {
        Optional<Account> found = accounts.findLocked(accountId).filter(a -> a.status() != AccountStatus.DELETED);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Account account = found.get();
        if (account.isClosed()) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.ACCOUNT_CLOSED);
        }
        if (account.id() == actor.accountId()) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.OWN_ACCOUNT);
        }
        if (!pendingFor(accountId).isEmpty()) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.ALREADY_PENDING);
        }
        RevocationRequest request = new RevocationRequest(accountId, reason, actor, clock.instant());
        entityManager.persist(request);
        entityManager.flush();
        auditLog.record(actor.entry(REQUESTED, "account:" + accountId, "request " + request.id() + ": " + reason));
        return Optional.of(request);
    }

    /**
     * Approves the request and revokes the account: it cannot sign in, its sessions end at their
     * next request, and observers of {@link AccountClosed} release its seats, all in this transaction.
     *
     * @throws AccountChangeRefused when the approver asked for it, it is decided already, or the
     *                              account was closed meanwhile
     */
    @Transactional
    public Optional<RevocationRequest> approve(long requestId, Actor actor) {
        RevocationRequest unlocked = entityManager.find(RevocationRequest.class, requestId);
        if (unlocked == null) {
            return Optional.empty();
        }
        // The account first, then the request: deleting an account takes the same order.
        Account account = accounts.findLocked(unlocked.accountId()).orElseThrow();
        Optional<RevocationRequest> found = lockedRequest(requestId);
        found.ifPresent(request -> {
            request.approve(actor, clock.instant());
            if (account.isClosed()) {
                throw new AccountChangeRefused(AccountChangeRefused.Reason.ACCOUNT_CLOSED);
            }
            account.revoke();
            String target = "account:" + account.id();
            auditLog.record(actor.entry(APPROVED, target, "request " + request.id() + " by " + request.requestedBy()));
            auditLog.record(actor.entry(REVOKED, target, request.reason()));
            closed.fire(new AccountClosed(account.id(), AccountStatus.REVOKED, actor));
        });
        return found;
    }

    /** @throws AccountChangeRefused when the request is decided already */
    @Transactional
    public Optional<RevocationRequest> reject(long requestId, String note, Actor actor) {
        Optional<RevocationRequest> found = lockedRequest(requestId);
        found.ifPresent(request -> {
            request.reject(actor, clock.instant(), note);
            auditLog.record(actor.entry(REJECTED, "account:" + request.accountId(),
                    "request " + request.id() + (note == null ? "" : ": " + note)));
        });
        return found;
    }

    /** A request waiting for a decision, with the account it is about. */
    public record Pending(RevocationRequest request, Account account) {
    }

    /** Requests waiting for a decision, oldest first. */
    public List<Pending> pending() {
        return entityManager.createQuery("select r, a from RevocationRequest r, Account a where r.status = :pending"
                        + " and a.id = r.accountId order by r.requestedAt, r.id", Object[].class)
                .setParameter("pending", RevocationStatus.PENDING)
                .getResultStream()
                .map(row -> new Pending((RevocationRequest) row[0], (Account) row[1]))
                .toList();
    }

    /** Every request about one account, newest first. */
    public List<RevocationRequest> forAccount(long accountId) {
        return entityManager.createQuery("select r from RevocationRequest r where r.accountId = :account"
                        + " order by r.requestedAt desc, r.id desc", RevocationRequest.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    List<RevocationRequest> pendingFor(long accountId) {
        return forAccount(accountId).stream().filter(r -> r.status() == RevocationStatus.PENDING).toList();
    }

    /** Locked, so two administrators deciding at once are served one after the other. */
    private Optional<RevocationRequest> lockedRequest(long requestId) {
        RevocationRequest request = entityManager.find(RevocationRequest.class, requestId);
        if (request != null) {
            entityManager.refresh(request, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(request);
    }
}
