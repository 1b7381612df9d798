package org.manabi.core.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.persistence.Database;

/** Sets up programmes and their cohorts, and tells how many seats each has given. */
@ApplicationScoped
public class ProgrammeCatalogue {

    static final String PROGRAMME_CREATED = "PROGRAMME_CREATED";
    static final String COHORT_CREATED = "COHORT_CREATED";
    static final String INVITATIONS_CHANGED = "PROGRAMME_INVITATIONS_CHANGED";

    /** A cohort with the seats it has given. */
    public record CohortSeats(Cohort cohort, long seatsTaken) {
    }

    /** A programme with its cohorts and the seats given over all of them. */
    public record ProgrammeSeats(Programme programme, List<CohortSeats> cohorts, long seatsTaken) {
    }

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog auditLog;

    public boolean codeTaken(String code) {
        return !entityManager.createQuery("select p.id from Programme p where p.code = :code", Long.class)
                .setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }

    @Transactional
    public Programme create(Programme programme, String actor) {
        entityManager.persist(programme);
        entityManager.flush();
        auditLog.record(new AuditEntry(actor, PROGRAMME_CREATED, "programme:" + programme.id(), programme.code(),
                null, null));
        return programme;
    }

    @Transactional
    public Optional<Cohort> addCohort(Cohort cohort, String actor) {
        if (entityManager.find(Programme.class, cohort.programmeId()) == null) {
            return Optional.empty();
        }
        entityManager.persist(cohort);
        entityManager.flush();
        auditLog.record(new AuditEntry(actor, COHORT_CREATED, "cohort:" + cohort.id(),
                cohort.name() + " " + cohort.startsOn() + ".." + cohort.endsOn(), null, null));
        return Optional.of(cohort);
    }

    /**
     * Replaces the organisations a programme invited. Their members may take seats held back in
     * reserve; everyone else waits for the reserve's release day.
     *
     * @return the programme, or empty when there is none with this id
     */
    @Transactional
    public Optional<Programme> invite(long programmeId, Collection<Long> organisationIds, String actor) {
        Programme programme = entityManager.find(Programme.class, programmeId);
        if (programme == null) {
            return Optional.empty();
        }
        programme.inviteOnly(organisationIds);
        auditLog.record(new AuditEntry(actor, INVITATIONS_CHANGED, "programme:" + programmeId,
                "invited organisations " + new TreeSet<>(organisationIds), null, null));
        return Optional.of(programme);
    }

    public Optional<Cohort> cohort(long cohortId) {
        return Optional.ofNullable(entityManager.find(Cohort.class, cohortId));
    }

    public Optional<Programme> byCode(String code) {
        return entityManager.createQuery("select p from Programme p where p.code = :code", Programme.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public List<ProgrammeSeats> all() {
        List<Programme> programmes = entityManager.createQuery("select p from Programme p order by p.name, p.id",
                Programme.class).getResultList();
        return programmes.stream().map(this::withSeats).toList();
    }

    public Optional<ProgrammeSeats> find(long id) {
        return Optional.ofNullable(entityManager.find(Programme.class, id)).map(this::withSeats);
    }

    private ProgrammeSeats withSeats(Programme programme) {
        List<CohortSeats> cohorts = entityManager.createQuery(
                        "select c from Cohort c where c.programmeId = :id order by c.startsOn, c.id", Cohort.class)
                .setParameter("id", programme.id())
                .getResultStream()
                .map(c -> new CohortSeats(c, entityManager.createQuery(
                                "select count(s) from Seat s where s.cohortId = :id", Long.class)
                        .setParameter("id", c.id()).getSingleResult()))
                .toList();
        return new ProgrammeSeats(programme, cohorts, cohorts.stream().mapToLong(CohortSeats::seatsTaken).sum());
    }
}
