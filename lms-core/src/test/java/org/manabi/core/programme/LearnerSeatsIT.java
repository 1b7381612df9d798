package org.manabi.core.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.manabi.core.audit.Actor;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.identity.Account;
import org.manabi.core.identity.AccountClosed;
import org.manabi.core.identity.AccountStatus;
import org.manabi.core.identity.Role;
import org.manabi.core.programme.SeatRules.Decision;
import org.manabi.core.testsupport.JpaTestDatabase;

/** A closed account's seats go back to the cohort, so the counts free up, on both databases. */
class LearnerSeatsIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-25T01:00:00Z"), ZoneOffset.UTC);
    private static final Actor ADMIN = new Actor(1, "admin-b", "10.0.0.2", "req-1");

    private JpaTestDatabase database;

    @AfterEach
    void removeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aRevokedLearnersSeatIsFreedForTheNextApplicantOnH2() {
        database = JpaTestDatabase.h2();
        seatIsFreed();
    }

    @Test
    void aRevokedLearnersSeatIsFreedForTheNextApplicantOnPostgresql() {
        database = JpaTestDatabase.postgres();
        seatIsFreed();
    }

    private void seatIsFreed() {
        long cohortId = database.inTransaction(em -> {
            Programme programme = new Programme("p-" + System.nanoTime(), "Programme", null, OrganisationCap.none(),
                    null);
            em.persist(programme);
            em.flush();
            Cohort cohort = new Cohort(programme.id(), "Term 1", LocalDate.parse("2026-09-01"),
                    LocalDate.parse("2026-10-31"), 1, 0, null);
            em.persist(cohort);
            em.flush();
            return cohort.id();
        });
        long learner = database.inTransaction(em -> {
            Account account = new Account("learner-" + System.nanoTime(), "Learner", null, "$h",
                    EnumSet.of(Role.LEARNER), false, CLOCK.instant());
            em.persist(account);
            em.flush();
            return account.id();
        });
        assertEquals(Decision.GRANTED, grant(cohortId, learner));
        assertEquals(Decision.COHORT_FULL, grant(cohortId, null), "the one seat is taken");
        assertEquals(1, database.read(em -> new LearnerSeats(em, null).heldBy(learner)).size());

        database.inTransaction(em -> {
            new LearnerSeats(em, new AuditLog(em, CLOCK)).release(new AccountClosed(learner, AccountStatus.REVOKED,
                    ADMIN));
            return null;
        });

        assertEquals(0, database.read(em -> new LearnerSeats(em, null).heldBy(learner)).size());
        assertEquals(Decision.GRANTED, grant(cohortId, null), "the freed seat goes to the next applicant");
        long audited = database.read(em -> em.createQuery("select count(e) from AuditEvent e where e.action = "
                + "'SEATS_RELEASED' and e.target = :target and e.actor = 'admin-b'", Long.class)
                .setParameter("target", "account:" + learner).getSingleResult());
        assertEquals(1, audited);
    }

    private Decision grant(long cohortId, Long accountId) {
        return database.inTransaction(em -> new SeatAllocation(em, CLOCK).grant(cohortId, SeatRules.Request.individual(),
                accountId, CLOCK.instant()).decision());
    }
}
