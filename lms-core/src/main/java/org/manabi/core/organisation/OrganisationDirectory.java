package org.manabi.core.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.identity.Account;
import org.manabi.core.identity.AccountStatus;
import org.manabi.core.persistence.Database;

/**
 * Organisations and their people, always read on behalf of a {@link Viewer}: an organisation the
 * viewer may not see is reported as absent, exactly like one that does not exist, so ids cannot be
 * probed. Every view of the people of an organisation is audited.
 */
@ApplicationScoped
public class OrganisationDirectory {

    static final String CREATED = "ORGANISATION_CREATED";
    static final String MEMBERS_VIEWED = "ORGANISATION_MEMBERS_VIEWED";

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    protected OrganisationDirectory() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public OrganisationDirectory(EntityManager entityManager, AuditLog auditLog, Clock clock) {
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public Organisation create(OrganisationDetails details, String actor) {
        Organisation organisation = new Organisation(details, clock.instant());
        entityManager.persist(organisation);
        entityManager.flush();
        auditLog.record(new AuditEntry(actor, CREATED, "organisation:" + organisation.id(), organisation.name(),
                null, null));
        return organisation;
    }

    public List<Organisation> visibleTo(Viewer viewer) {
        if (viewer.mayListAll()) {
            return entityManager.createQuery("select o from Organisation o order by o.name, o.id", Organisation.class)
                    .getResultList();
        }
        return viewer.organisationId() == null ? List.of()
                : find(viewer, viewer.organisationId()).map(List::of).orElse(List.of());
    }

    public Optional<Organisation> find(Viewer viewer, long id) {
        if (!viewer.maySee(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(entityManager.find(Organisation.class, id));
    }

    /** The people of an organisation the viewer may see; the view itself is audited. */
    @Transactional
    public Optional<List<OrganisationMember>> members(Viewer viewer, long id, String viewerLoginId) {
        if (find(viewer, id).isEmpty()) {
            return Optional.empty();
        }
        List<OrganisationMember> members = entityManager.createQuery(
                        "select a from Account a where a.organisationId = :id and a.status <> :deleted"
                                + " order by a.displayName, a.id", Account.class)
                .setParameter("id", id)
                .setParameter("deleted", AccountStatus.DELETED)
                .getResultStream()
                .map(a -> new OrganisationMember(a.id(), a.loginId(), a.displayName(), a.department(), a.roles(),
                        a.canSignIn(), a.canSignIn() && a.mustChangePassword()))
                .toList();
        auditLog.record(new AuditEntry(viewerLoginId, MEMBERS_VIEWED, "organisation:" + id,
                members.size() + " people", null, null));
        return Optional.of(members);
    }

    /** Seats the organisation's people hold, per programme. */
    public long seatsHeld(long organisationId) {
        return entityManager.createQuery("select count(s) from Seat s where s.organisationId = :id", Long.class)
                .setParameter("id", organisationId)
                .getSingleResult();
    }
}
