package org.manabi.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** Entries matching every filter of the query, newest first, skipping {@code offset}, at most {@code limit}. */
    public List<AuditEvent> search(AuditQuery query, int offset, int limit) {
        List<String> conditions = new ArrayList<>();
        if (query.actor() != null) {
            conditions.add("e.actor = :actor");
        }
        if (query.action() != null) {
            conditions.add("e.action = :action");
        }
        if (query.target() != null) {
            conditions.add("e.target = :target");
        }
        if (query.from() != null) {
            conditions.add("e.occurredAt >= :from");
        }
        if (query.to() != null) {
            conditions.add("e.occurredAt < :to");
        }
        boolean text = query.text() != null && !query.text().isBlank();
        if (text) {
            conditions.add("(lower(e.actor) like :text escape '\\' or lower(e.target) like :text escape '\\'"
                    + " or lower(e.detail) like :text escape '\\')");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<AuditEvent> jpql = entityManager.createQuery(
                "select e from AuditEvent e" + where + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        if (query.actor() != null) {
            jpql.setParameter("actor", query.actor());
        }
        if (query.action() != null) {
            jpql.setParameter("action", query.action());
        }
        if (query.target() != null) {
            jpql.setParameter("target", query.target());
        }
        if (query.from() != null) {
            jpql.setParameter("from", query.from());
        }
        if (query.to() != null) {
            jpql.setParameter("to", query.to());
        }
        if (text) {
            jpql.setParameter("text", "%" + escapeLike(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return jpql.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Entries where {@code loginId} acted or {@code target} was acted upon, oldest first: a person's own trail. */
    public List<AuditEvent> concerning(String loginId, String target, int limit) {
        return entityManager.createQuery("select e from AuditEvent e where e.actor = :actor or e.target = :target"
                        + " order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("actor", loginId)
                .setParameter("target", target)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Typed text is matched literally: '%' and '_' are not wildcards here. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
