package org.manabi.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.manabi.core.persistence.Database;

/** The dispatcher's short transactions on the outbox: which mail is due, and what came of sending it. */
@ApplicationScoped
public class OutboundMailStore {

    /** A due message, detached from the database while it is handed to the SMTP server. */
    public record Due(long id, List<String> recipients, boolean blindCopy, String subject, String body) {
    }

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Clock clock;

    protected OutboundMailStore() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public OutboundMailStore(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public List<Due> due(int limit) {
        return entityManager.createQuery("select m from OutboundMail m where m.status = :pending"
                        + " and m.nextAttempt <= :now order by m.nextAttempt, m.id", OutboundMail.class)
                .setParameter("pending", OutboundMail.Status.PENDING)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultStream()
                .map(m -> new Due(m.id(), m.recipients(), m.blindCopy(), m.subject(), m.body()))
                .toList();
    }

    @Transactional
    public void sent(long id) {
        find(id).ifPresent(mail -> mail.sent(clock.instant()));
    }

    /** Records a failed try; true when that was the last one and the message is now FAILED. */
    @Transactional
    public boolean failed(long id, String error) {
        return find(id).map(mail -> {
            mail.failed(error, clock.instant());
            return mail.status() == OutboundMail.Status.FAILED;
        }).orElse(false);
    }

    private Optional<OutboundMail> find(long id) {
        return Optional.ofNullable(entityManager.find(OutboundMail.class, id));
    }
}
