package org.manabi.core.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.manabi.core.persistence.Database;

/**
 * A learner's seats as study access: for each, the access window and whether today falls in it.
 * Study features ask {@link #mayStudy}; the learner's home page shows {@link #of} with the reason
 * when they may not.
 */
@ApplicationScoped
public class Enrolments {

    /** Where today falls against the window. */
    public enum State {
        /** The window has not opened yet. */
        NOT_YET,
        OPEN,
        /** The window has closed: the record stays visible, studying stops. */
        ENDED,
        /** The run was cancelled. */
        CANCELLED
    }

    /** One seat of the learner's, with its programme, term, window and state today. */
    public record Enrolment(Programme programme, Cohort cohort, AccessWindow window, State state, long daysLeft) {
    }

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Clock clock;

    protected Enrolments() {
    }

    /** For use outside a container. */
    public Enrolments(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public List<Enrolment> of(long accountId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SeatAllocation.PROGRAMME_ZONE);
        return entityManager.createQuery("select s from Seat s where s.accountId = :account order by s.grantedAt",
                        Seat.class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(seat -> enrolment(seat, today))
                .toList();
    }

    /** Whether the learner may study in this programme today: a seat whose window is open. */
    public boolean mayStudy(long accountId, long programmeId) {
        return of(accountId).stream()
                .anyMatch(e -> e.programme().id() == programmeId && e.state() == State.OPEN);
    }

    static State state(Cohort cohort, AccessWindow window, LocalDate today) {
        if (cohort.cancelled()) {
            return State.CANCELLED;
        }
        if (today.isBefore(window.firstDay())) {
            return State.NOT_YET;
        }
        return window.allowsStudyOn(today) ? State.OPEN : State.ENDED;
    }

    private Enrolment enrolment(Seat seat, LocalDate today) {
        Cohort cohort = entityManager.find(Cohort.class, seat.cohortId());
        Programme programme = entityManager.find(Programme.class, cohort.programmeId());
        AccessWindow window = AccessWindow.of(programme, cohort,
                LocalDate.ofInstant(seat.grantedAt(), SeatAllocation.PROGRAMME_ZONE));
        State state = state(cohort, window, today);
        return new Enrolment(programme, cohort, window, state, state == State.OPEN ? window.daysLeft(today) : 0);
    }
}
