package org.manabi.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    public Account add(Account account) {
        entityManager.persist(account);
        return account;
    }
}
