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

    /** Appends the entry; an entry that names no source address or request id gets the current request's. */
    @Transactional
    public AuditEvent record(AuditEntry entry) {
        AuditEvent event = new AuditEvent(clock.instant(), withOrigin(entry));
        entityManager.persist(event);
        return event;
    }

    static AuditEntry withOrigin(AuditEntry entry) {
        return RequestOrigin.current()
                .map(origin -> new AuditEntry(entry.actor(), entry.action(), entry.target(), entry.detail(),
                        entry.sourceAddress() == null ? origin.clientAddress() : entry.sourceAddress(),
                        entry.requestId() == null ? origin.requestId() : entry.requestId()))
                .orElse(entry);
    }

    public List<AuditEvent> newest(int limit) {
        return entityManager.createQuery("select e from AuditEvent e order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
