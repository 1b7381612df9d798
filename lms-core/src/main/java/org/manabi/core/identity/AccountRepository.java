package org.manabi.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
            jpql.append(" and (a.loginKey like :text escape '\\' or lower(a.displayName) like :text escape '\\')");
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

    /** Active accounts of an organisation that still hold an issued one-time password, by login id. */
    public List<Account> awaitingFirstSignIn(long organisationId, int limit) {
        return entityManager.createQuery("select a from Account a where a.organisationId = :org"
                        + " and a.mustChangePassword = true and a.status = :active order by a.loginId", Account.class)
                .setParameter("org", organisationId)
                .setParameter("active", AccountStatus.ACTIVE)
                .setMaxResults(limit)
                .getResultList();
    }

    public Account add(Account account) {
        entityManager.persist(account);
        return account;
    }
}
