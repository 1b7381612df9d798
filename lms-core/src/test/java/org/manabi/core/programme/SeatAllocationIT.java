package org.manabi.core.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.manabi.core.persistence.SchemaMigrator;
import org.manabi.core.persistence.UrlSelectedDataSource;
import org.manabi.core.programme.SeatRules.Decision;
import org.manabi.core.testsupport.PostgresTestDatabase;

/** Seats given against real databases: approvals that race for the last seat get it one at a time. */
class SeatAllocationIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-25T01:00:00Z"), ZoneOffset.UTC);
    private static final int RACERS = 8;

    private PostgresTestDatabase postgres;
    private Path h2Directory;
    private EntityManagerFactory factory;

    @AfterEach
    void cleanUp() throws IOException {
        if (factory != null) {
            factory.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (h2Directory != null) {
            try (Stream<Path> files = Files.walk(h2Directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void racingApprovalsForTheLastSeatGrantExactlyOneOnPostgresql() throws Exception {
        postgres = PostgresTestDatabase.create();
        open(postgres.url(), postgres.user(), postgres.password());
        raceForTheLastSeat();
    }

    @Test
    void racingApprovalsForTheLastSeatGrantExactlyOneOnH2() throws Exception {
        Path base = Files.createDirectories(Path.of(System.getProperty("manabi.it.dir", "target/it")));
        h2Directory = Files.createTempDirectory(base.toAbsolutePath(), "h2-seats-");
        open("jdbc:h2:file:" + h2Directory.resolve("manabi"), "manabi", "manabi");
        raceForTheLastSeat();
    }

    @Test
    void anOrganisationsLastSeatCannotBeTakenTwice() throws Exception {
        postgres = PostgresTestDatabase.create();
        open(postgres.url(), postgres.user(), postgres.password());
        long cohortId = cohort(OrganisationCap.fixed(5), 100);
        SeatRules.Request company = new SeatRules.Request(42L, true, 120);
        for (int i = 0; i < 4; i++) {
            assertEquals(Decision.GRANTED, grant(cohortId, company));
        }
        List<Decision> decisions = race(cohortId, company);
        assertEquals(1, decisions.stream().filter(d -> d == Decision.GRANTED).count(), decisions.toString());
        assertEquals(RACERS - 1, decisions.stream().filter(d -> d == Decision.ORGANISATION_CAP_REACHED).count());
        long seats = inTransaction(em -> em.createQuery(
                "select count(s) from Seat s where s.organisationId = 42", Long.class).getSingleResult());
        assertEquals(5, seats);
    }

    private void raceForTheLastSeat() throws Exception {
        long cohortId = cohort(OrganisationCap.none(), 3);
        assertEquals(Decision.GRANTED, grant(cohortId, SeatRules.Request.individual()));
        assertEquals(Decision.GRANTED, grant(cohortId, SeatRules.Request.individual()));

        List<Decision> decisions = race(cohortId, SeatRules.Request.individual());

        assertEquals(1, decisions.stream().filter(d -> d == Decision.GRANTED).count(), decisions.toString());
        assertEquals(RACERS - 1, decisions.stream().filter(d -> d == Decision.COHORT_FULL).count());
        long seats = inTransaction(em -> em.createQuery("select count(s) from Seat s where s.cohortId = :id",
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
        return inTransaction(em -> {
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
        return inTransaction(em -> new SeatAllocation(em, CLOCK).grant(cohortId, request, null, CLOCK.instant())
                .decision());
    }

    private void open(String url, String user, String password) {
        UrlSelectedDataSource dataSource = new UrlSelectedDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        new SchemaMigrator(getClass().getClassLoader()).migrate(dataSource);
        factory = Persistence.createEntityManagerFactory("manabi-test",
                Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
