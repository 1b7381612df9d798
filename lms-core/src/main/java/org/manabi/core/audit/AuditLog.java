package org.manabi.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.manabi.core.persistence.Database;

/** Appends to the audit trail and reads it back, newest first. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Clock clock;

    protected AuditLog() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public AuditLog(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public AuditEvent record(AuditEntry entry) {
        AuditEvent event = new AuditEvent(clock.instant(), entry);
        entityManager.persist(event);
        return event;
    }

    public List<AuditEvent> newest(int limit) {
        return entityManager.createQuery("select e from AuditEvent e order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
