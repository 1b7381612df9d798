package org.manabi.core.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.manabi.core.organisation.Organisation;
import org.manabi.core.organisation.OrganisationDetails;
import org.manabi.core.programme.SeatRules.Decision;
import org.manabi.core.testsupport.JpaTestDatabase;

/** Seats given against real databases: approvals that race for the last seat get it one at a time. */
class SeatAllocationIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-25T01:00:00Z"), ZoneOffset.UTC);
    private static final int RACERS = 8;

    private JpaTestDatabase database;

    @AfterEach
    void removeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void racingApprovalsForTheLastSeatGrantExactlyOneOnPostgresql() throws Exception {
        database = JpaTestDatabase.postgres();
        raceForTheLastSeat();
    }

    @Test
    void racingApprovalsForTheLastSeatGrantExactlyOneOnH2() throws Exception {
        database = JpaTestDatabase.h2();
        raceForTheLastSeat();
    }

    @Test
    void anOrganisationsLastSeatCannotBeTakenTwice() throws Exception {
        database = JpaTestDatabase.postgres();
        long cohortId = cohort(OrganisationCap.fixed(5), 100);
        long organisationId = database.inTransaction(em -> {
            Organisation organisation = new Organisation(new OrganisationDetails("Higo Kaigo", 120, null, null, null,
                    null, List.of()), CLOCK.instant());
            em.persist(organisation);
            em.flush();
            return organisation.id();
        });
        SeatRules.Request company = new SeatRules.Request(organisationId, true, 120);
        for (int i = 0; i < 4; i++) {
            assertEquals(Decision.GRANTED, grant(cohortId, company));
        }
        List<Decision> decisions = race(cohortId, company);
        assertEquals(1, decisions.stream().filter(d -> d == Decision.GRANTED).count(), decisions.toString());
        assertEquals(RACERS - 1, decisions.stream().filter(d -> d == Decision.ORGANISATION_CAP_REACHED).count());
        long seats = database.inTransaction(em -> em.createQuery(
                "select count(s) from Seat s where s.organisationId = :id", Long.class)
                .setParameter("id", organisationId).getSingleResult());
        assertEquals(5, seats);
    }

    private void raceForTheLastSeat() throws Exception {
        long cohortId = cohort(OrganisationCap.none(), 3);
        assertEquals(Decision.GRANTED, grant(cohortId, SeatRules.Request.individual()));
        assertEquals(Decision.GRANTED, grant(cohortId, SeatRules.Request.individual()));

        List<Decision> decisions = race(cohortId, SeatRules.Request.individual());

        assertEquals(1, decisions.stream().filter(d -> d == Decision.GRANTED).count(), decisions.toString());
        assertEquals(RACERS - 1, decisions.stream().filter(d -> d == Decision.COHORT_FULL).count());
        long seats = database.inTransaction(em -> em.createQuery("select count(s) from Seat s where s.cohortId = :id",
                Long.class).setParameter("id", cohortId).getSingleResult());
        assertEquals(3, seats, "never more seats than the cohort has");
    }

    private List<Decision> race(long cohortId, SeatRules.Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Decision>> results = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return grant(cohortId, request);
                }));
            }
            start.countDown();
            List<Decision> decisions = new ArrayList<>();
            for (Future<Decision> result : results) {
                decisions.add(result.get(60, TimeUnit.SECONDS));
            }
            return decisions;
        } finally {
            pool.shutdownNow();
        }
    }

    private long cohort(OrganisationCap cap, int seats) {
        return database.inTransaction(em -> {
            Programme programme = new Programme("p-" + System.nanoTime(), "Programme", null, cap, null);
            em.persist(programme);
            em.flush();
            Cohort cohort = new Cohort(programme.id(), "Term 1", LocalDate.parse("2026-09-01"),
                    LocalDate.parse("2026-10-31"), seats, 0, null);
            em.persist(cohort);
            em.flush();
            return cohort.id();
        });
    }

    private Decision grant(long cohortId, SeatRules.Request request) {
        return database.inTransaction(em -> new SeatAllocation(em, CLOCK).grant(cohortId, request, null, CLOCK.instant())
                .decision());
    }
}
