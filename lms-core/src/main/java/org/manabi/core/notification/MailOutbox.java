package org.manabi.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.manabi.core.persistence.Database;

/** Queues mail in the caller's transaction; {@link MailDispatcher} sends it once that transaction commits. */
@ApplicationScoped
public class MailOutbox {

    /** Bulk mail goes out in groups of this many blind-copied recipients, as many SMTP servers cap recipients. */
    static final int RECIPIENTS_PER_MESSAGE = 50;

    /** Fired when mail was queued, so the dispatcher can send it right after commit rather than at its next round. */
    public record MailQueued() {
    }

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    /** One message to one person. */
    @Transactional
    public OutboundMail send(String recipient, MailTemplates.Message message, String purpose, String relatedTo) {
        OutboundMail mail = new OutboundMail(List.of(recipient), false, message, purpose, relatedTo, clock.instant());
        entityManager.persist(mail);
        queued.fire(new MailQueued());
        return mail;
    }

    /**
     * The same message to many people, who must not see each other's addresses: they are blind
     * copies, in groups of {@value #RECIPIENTS_PER_MESSAGE}.
     */
    @Transactional
    public List<OutboundMail> sendToMany(List<String> recipients, MailTemplates.Message message, String purpose,
                                         String relatedTo) {
        List<OutboundMail> mails = new ArrayList<>();
        for (int from = 0; from < recipients.size(); from += RECIPIENTS_PER_MESSAGE) {
            List<String> group = recipients.subList(from, Math.min(recipients.size(), from + RECIPIENTS_PER_MESSAGE));
            OutboundMail mail = new OutboundMail(group, true, message, purpose, relatedTo, clock.instant());
            entityManager.persist(mail);
            mails.add(mail);
        }
        if (!mails.isEmpty()) {
            queued.fire(new MailQueued());
        }
        return mails;
    }

    /** Erases the addresses and bodies of the mail about something (an erased person's application). */
    @Transactional
    public void eraseAbout(String relatedTo) {
        about(relatedTo).forEach(OutboundMail::erase);
    }

    /** Mail about something ({@code relatedTo}, e.g. {@code application:12}), oldest first: what was sent and whether it went. */
    public List<OutboundMail> about(String relatedTo) {
        return entityManager.createQuery("select m from OutboundMail m where m.relatedTo = :related order by m.id",
                OutboundMail.class).setParameter("related", relatedTo).getResultList();
    }
}
