package org.manabi.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.manabi.core.persistence.Database;

/** Stores and finds accounts. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    protected AccountRepository() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public AccountRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Account> findByLoginId(String loginId) {
        return entityManager.createQuery("select a from Account a where a.loginKey = :key", Account.class)
                .setParameter("key", LoginIds.key(loginId))
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(entityManager.find(Account.class, id));
    }

    /** The accounts with these ids, in no particular order; ids with no account are left out. */
    public List<Account> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /**
     * Accounts matching every filter that is given (null means any), newest first, at most {@code limit}.
     *
     * @param text part of the login id or the name, case-insensitive
     */
    public List<Account> search(Long organisationId, Role role, AccountStatus status, String text, int limit) {
        StringBuilder jpql = new StringBuilder("select distinct a from Account a");
        if (role != null) {
            jpql.append(" join a.roles r");
        }
        jpql.append(" where a.status <> :deleted");
        if (organisationId != null) {
            jpql.append(" and a.organisationId = :organisation");
        }
        if (role != null) {
            jpql.append(" and r = :role");
        }
        if (status != null) {
            jpql.append(" and a.status = :status");
        }
        if (text != null && !text.isBlank()) {
            jpql.append(" and (a.loginKey like :text escape '\\' or a.searchName like :text escape '\\')");
        }
        jpql.append(" order by a.id desc");
        TypedQuery<Account> query = entityManager.createQuery(jpql.toString(), Account.class)
                .setParameter("deleted", AccountStatus.DELETED)
                .setMaxResults(limit);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        if (role != null) {
            query.setParameter("role", role);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (text != null && !text.isBlank()) {
            query.setParameter("text", "%" + escapeLike(LoginIds.key(text)) + "%");
        }
        return query.getResultList();
    }

    /** Typed text is matched literally: '%' and '_' are not wildcards here. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Active learner-only accounts of an organisation that still hold an issued one-time password,
     * by login id. Accounts with any other role are left out: a company manager hands this sheet
     * out, and must never obtain a password for a fellow manager or an administrator.
     */
    public List<Account> awaitingFirstSignIn(long organisationId, int limit) {
        return entityManager.createQuery("select a from Account a where a.organisationId = :org"
                        + " and a.mustChangePassword = true and a.status = :active and :learner member of a.roles"
                        + " and size(a.roles) = 1 order by a.loginId", Account.class)
                .setParameter("org", organisationId)
                .setParameter("active", AccountStatus.ACTIVE)
                .setParameter("learner", Role.LEARNER)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The account, locked until the transaction ends, so two lifecycle changes to it run one after the other. */
    public Optional<Account> findLocked(long id) {
        return Optional.ofNullable(entityManager.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Stores a new account at once, so a login id taken by a concurrent request is reported here
     * rather than as an error at commit.
     *
     * @throws LoginIdTakenException when another account already has this login id
     */
    public Account add(Account account) {
        try {
            entityManager.persist(account);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new LoginIdTakenException();
            }
            throw e;
        }
        return account;
    }

    /** SQLSTATE 23505 is a unique violation on both H2 and PostgreSQL; login_key is the account's only unique key. */
    private static boolean isUniqueViolation(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
