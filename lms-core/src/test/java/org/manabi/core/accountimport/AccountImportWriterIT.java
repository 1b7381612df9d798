package org.manabi.core.accountimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.nio.charset.Charset;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.identity.AccountAdministration;
import org.manabi.core.identity.AccountRepository;
import org.manabi.core.identity.PasswordHasher;
import org.manabi.core.identity.Role;
import org.manabi.core.organisation.Organisation;
import org.manabi.core.organisation.OrganisationDetails;
import org.manabi.core.organisation.OrganisationDirectory;
import org.manabi.core.organisation.Viewer;
import org.manabi.core.programme.Cohort;
import org.manabi.core.programme.OrganisationCap;
import org.manabi.core.programme.Programme;
import org.manabi.core.programme.SeatAllocation;
import org.manabi.core.testsupport.JpaTestDatabase;

/** The import against real databases: the preview sees seats and ids in use, and a commit is all or nothing. */
class AccountImportWriterIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-25T01:00:00Z"), ZoneOffset.UTC);
    /** Cheap parameters: these tests are about transactions, not about hashing. */
    private static final PasswordHasher HASHER = new PasswordHasher(new PasswordHasher.Cost(64, 1, 1),
            new SecureRandom());
    private static final Viewer ADMIN = new Viewer(0, Set.of(Role.ADMINISTRATOR), null);
    private static final AccountImportWriter.Actor ACTOR = new AccountImportWriter.Actor("admin", "127.0.0.1", "r1");

    private JpaTestDatabase database;

    @AfterEach
    void removeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void allOrNothingOnPostgresql() {
        database = JpaTestDatabase.postgres();
        allOrNothing();
    }

    @Test
    void allOrNothingOnH2() {
        database = JpaTestDatabase.h2();
        allOrNothing();
    }

    private void allOrNothing() {
        long organisationId = database.inTransaction(em -> {
            Organisation organisation = new Organisation(new OrganisationDetails("Higo Kaigo Service", 45, null,
                    null, null, null, List.of()), CLOCK.instant());
            em.persist(organisation);
            em.flush();
            return organisation.id();
        });
        long cohortId = cohort(3);
        byte[] file = ("ログインID,氏名,メール\r\nyamada,山田太郎,yamada@example.jp\r\nsato,佐藤花子,\r\n"
                + "suzuki,鈴木一郎,\r\ntanaka,田中,\r\n").getBytes(Charset.forName("windows-31j"));
        ImportRequest request = new ImportRequest(file, "名簿.csv", Optional.empty(), Map.of(), organisationId,
                cohortId);

        Analysis preview = database.inTransaction(em -> analyse(em, request));
        assertEquals(SourceEncoding.SHIFT_JIS, preview.encoding());
        assertEquals(List.of("ok", "ok", "ok", "CohortFull"), preview.rows().stream()
                .map(r -> r.valid() ? "ok" : r.errors().get(0).code()).toList(), "only 3 seats: the 4th row is told");

        ImportRequest threeRows = new ImportRequest(("ログインID,氏名\r\nyamada,山田太郎\r\nsato,佐藤花子\r\n"
                + "suzuki,鈴木一郎\r\n").getBytes(Charset.forName("windows-31j")), "名簿.csv", Optional.empty(),
                Map.of(), organisationId, cohortId);
        Analysis valid = database.inTransaction(em -> analyse(em, threeRows));
        assertEquals(0, valid.invalidRows());

        database.inTransaction(em -> new AccountAdministration(new AccountRepository(em), HASHER,
                new AuditLog(em, CLOCK), CLOCK).create("sato", "Someone else", null, "x-long-password", Set.of(
                Role.LEARNER), false, null, null, "admin"));
        long accountsBefore = countAccounts();
        ImportRejected rejected = assertThrows(ImportRejected.class, () -> database.inTransaction(em -> write(em,
                valid, cohortId)));
        assertEquals(List.of(new RowError(3, "loginId", "Taken", "another account took this login ID after the "
                + "preview")), rejected.errors());
        assertEquals(accountsBefore, countAccounts(), "yamada and suzuki were rolled back with sato's row");
        assertEquals(0L, countSeats(cohortId));

        ImportRequest withoutSato = new ImportRequest(("ログインID,氏名\r\nyamada,山田太郎\r\nsuzuki,鈴木一郎\r\n")
                .getBytes(Charset.forName("windows-31j")), "名簿.csv", Optional.empty(), Map.of(), organisationId,
                cohortId);
        Analysis retry = database.inTransaction(em -> analyse(em, withoutSato));
        int written = database.inTransaction(em -> write(em, retry, cohortId));
        assertEquals(2, written);
        assertEquals(accountsBefore + 2, countAccounts());
        assertEquals(2L, countSeats(cohortId));
        assertEquals("山田太郎", database.read(em -> new AccountRepository(em).findByLoginId("yamada").orElseThrow()
                .displayName()));
        boolean mustChange = database.read(em -> new AccountRepository(em).findByLoginId("yamada").orElseThrow()
                .mustChangePassword());
        assertTrue(mustChange, "a one-time password must be replaced at first sign-in");
        long audited = database.read(em -> em.createQuery("select count(e) from AuditEvent e where e.action = "
                + "'ACCOUNTS_IMPORTED'", Long.class).getSingleResult());
        assertEquals(1L, audited);
    }

    @Test
    void theLastSeatTakenAfterThePreviewRefusesTheWholeFile() {
        database = JpaTestDatabase.h2();
        long cohortId = cohort(2);
        ImportRequest request = new ImportRequest("login,name\na01,A\na02,B\n".getBytes(Charset.forName("UTF-8")),
                null, Optional.empty(), Map.of(), null, cohortId);
        Analysis preview = database.inTransaction(em -> analyse(em, request));
        assertEquals(0, preview.invalidRows());
        database.inTransaction(em -> new SeatAllocation(em, CLOCK).grant(cohortId,
                org.manabi.core.programme.SeatRules.Request.individual(), null, CLOCK.instant()));
        long accountsBefore = countAccounts();
        ImportRejected rejected = assertThrows(ImportRejected.class,
                () -> database.inTransaction(em -> write(em, preview, cohortId)));
        assertEquals("CohortFull", rejected.errors().get(0).code());
        assertEquals(3, rejected.errors().get(0).line());
        assertEquals(accountsBefore, countAccounts());
        assertEquals(1L, countSeats(cohortId), "only the seat given outside the import");
    }

    private Analysis analyse(EntityManager em, ImportRequest request) {
        return new AccountImport(em, new OrganisationDirectory(em, new AuditLog(em, CLOCK), CLOCK), CLOCK)
                .analyse(request, ADMIN);
    }

    private int write(EntityManager em, Analysis analysis, long cohortId) {
        AuditLog audit = new AuditLog(em, CLOCK);
        AccountImportWriter writer = new AccountImportWriter(new AccountAdministration(new AccountRepository(em),
                HASHER, audit, CLOCK), new SeatAllocation(em, CLOCK), audit, CLOCK);
        List<AccountImportWriter.Prepared> prepared = analysis.rows().stream()
                .map(row -> new AccountImportWriter.Prepared(row, HASHER.hash("one-time"))).toList();
        return writer.write(prepared, cohortId, analysis.fileName(), ACTOR, count -> { }).size();
    }

    private long cohort(int seats) {
        return database.inTransaction(em -> {
            Programme programme = new Programme("p-" + System.nanoTime(), "Programme", null, OrganisationCap.none(),
                    null);
            em.persist(programme);
            em.flush();
            Cohort cohort = new Cohort(programme.id(), "Term 1", LocalDate.parse("2026-09-01"),
                    LocalDate.parse("2026-10-31"), seats, 0, null);
            em.persist(cohort);
            em.flush();
            return cohort.id();
        });
    }

    private long countAccounts() {
        return database.read(em -> em.createQuery("select count(a) from Account a", Long.class).getSingleResult());
    }

    private long countSeats(long cohortId) {
        return database.read(em -> em.createQuery("select count(s) from Seat s where s.cohortId = :id", Long.class)
                .setParameter("id", cohortId).getSingleResult());
    }
}
