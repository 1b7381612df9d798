package org.manabi.core.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.identity.AccountClosed;
import org.manabi.core.persistence.Database;

/** The seats one person holds: listed for their file, and given back when their account is closed. */
@ApplicationScoped
public class LearnerSeats {

    static final String RELEASED = "SEATS_RELEASED";

    /** One seat a person holds, with the names a person reading it needs. */
    public record HeldSeat(long seatId, long programmeId, String programmeCode, String programmeName, long cohortId,
                           String cohortName, LocalDate startsOn, LocalDate endsOn, Long organisationId,
                           Instant grantedAt) {
    }

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog auditLog;

    protected LearnerSeats() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public LearnerSeats(EntityManager entityManager, AuditLog auditLog) {
        this.entityManager = entityManager;
        this.auditLog = auditLog;
    }

    public List<HeldSeat> heldBy(long accountId) {
        return entityManager.createQuery("select s, c, p from Seat s, Cohort c, Programme p"
                        + " where s.accountId = :account and c.id = s.cohortId and p.id = s.programmeId"
                        + " order by c.startsOn, s.id", Object[].class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(row -> {
                    Seat seat = (Seat) row[0];
                    Cohort cohort = (Cohort) row[1];
                    Programme programme = (Programme) row[2];
                    return new HeldSeat(seat.id(), programme.id(), programme.code(), programme.name(), cohort.id(),
                            cohort.name(), cohort.startsOn(), cohort.endsOn(), seat.organisationId(),
                            seat.grantedAt());
                })
                .toList();
    }

    /**
     * A closed account will never learn again: its seats go back to the cohort, so the programme's
     * and the organisation's counts free up. Runs inside the closing transaction.
     */
    @Transactional
    public void release(@Observes AccountClosed closed) {
        int released = entityManager.createQuery("delete from Seat s where s.accountId = :account")
                .setParameter("account", closed.accountId())
                .executeUpdate();
        if (released > 0) {
            auditLog.record(closed.actor().entry(RELEASED, "account:" + closed.accountId(),
                    released + " seat(s) released, account " + closed.status()));
        }
    }
}
