package org.manabi.core.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.manabi.core.persistence.Database;

/**
 * Gives seats under the {@link SeatRules}. The programme's row is locked for the count and the
 * insert, so two approvals racing for the last seat (or an organisation's last seat) are served one
 * after the other: one is granted, the other is told the cohort is full.
 */
@ApplicationScoped
public class SeatAllocation {

    /** Programme dates are Japanese dates. */
    public static final ZoneId PROGRAMME_ZONE = ZoneId.of("Asia/Tokyo");

    /** The outcome, with the new seat when it was granted. */
    public record Result(SeatRules.Decision decision, Optional<Seat> seat) {
    }

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Clock clock;

    protected SeatAllocation() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public SeatAllocation(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public Result grant(long cohortId, SeatRules.Request request, Long accountId, Instant submittedAt) {
        Cohort cohort = entityManager.find(Cohort.class, cohortId);
        if (cohort == null) {
            throw new IllegalArgumentException("no cohort " + cohortId);
        }
        Programme programme = entityManager.find(Programme.class, cohort.programmeId(),
                LockModeType.PESSIMISTIC_WRITE);
        // Whether the organisation was invited is the programme's to say, whatever the caller passed.
        if (!request.invited() && programme.invites(request.organisationId())) {
            request = new SeatRules.Request(request.organisationId(), true, request.employeeCount());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, PROGRAMME_ZONE);
        SeatRules.Decision decision = SeatRules.decide(programme, cohort, counts(programme, cohort, request), request,
                today);
        if (decision != SeatRules.Decision.GRANTED) {
            return new Result(decision, Optional.empty());
        }
        Seat seat = new Seat(cohort, request, accountId, submittedAt, now);
        entityManager.persist(seat);
        return new Result(decision, Optional.of(seat));
    }

    private SeatRules.Counts counts(Programme programme, Cohort cohort, SeatRules.Request request) {
        long inProgramme = count("select count(s) from Seat s where s.programmeId = :id", programme.id());
        long inCohort = count("select count(s) from Seat s where s.cohortId = :id", cohort.id());
        long invitedInCohort = count("select count(s) from Seat s where s.cohortId = :id and s.invited = true",
                cohort.id());
        long organisation = request.organisationId() == null ? 0 : entityManager.createQuery(
                        "select count(s) from Seat s where s.programmeId = :id and s.organisationId = :org", Long.class)
                .setParameter("id", programme.id())
                .setParameter("org", request.organisationId())
                .getSingleResult();
        return new SeatRules.Counts(inProgramme, inCohort, invitedInCohort, organisation);
    }

    private long count(String query, long id) {
        return entityManager.createQuery(query, Long.class).setParameter("id", id).getSingleResult();
    }
}
