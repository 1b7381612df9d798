package org.manabi.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.identity.AccountClosed;
import org.manabi.core.identity.AccountStatus;
import org.manabi.core.notification.MailOutbox;
import org.manabi.core.persistence.Database;

/**
 * When a person's account is deleted (erased), what they wrote on their application forms is
 * erased too, in the same transaction, with the mail sent about those applications: their name,
 * e-mail address and answers would otherwise outlive the erasure.
 */
@ApplicationScoped
public class ApplicantErasure {

    static final String ERASED = "APPLICATION_ERASED";

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog auditLog;

    @Inject
    MailOutbox mail;

    void eraseApplications(@Observes AccountClosed closed) {
        if (closed.status() != AccountStatus.DELETED) {
            return;
        }
        List<Application> applications = entityManager.createQuery(
                        "select a from Application a where a.accountId = :account", Application.class)
                .setParameter("account", closed.accountId())
                .getResultList();
        for (Application application : applications) {
            application.erase();
            mail.eraseAbout("application:" + application.id());
            auditLog.record(new AuditEntry(closed.actor().name(), ERASED, "application:" + application.id(),
                    "applicant's name, e-mail and answers erased with account " + closed.accountId(), null, null));
        }
    }
}
