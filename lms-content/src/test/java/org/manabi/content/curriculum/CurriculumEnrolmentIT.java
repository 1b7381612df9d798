package org.manabi.content.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.content.catalog.CatalogViewer;
import org.manabi.content.catalog.Category;
import org.manabi.content.catalog.CourseAuthoring;
import org.manabi.content.catalog.CourseCatalog;
import org.manabi.content.catalog.CourseDefinition;
import org.manabi.content.catalog.FileStore;
import org.manabi.content.catalog.LessonDefinition;
import org.manabi.content.catalog.Level;
import org.manabi.content.catalog.SectionDefinition;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.identity.Account;
import org.manabi.core.identity.Role;
import org.manabi.core.programme.Cohort;
import org.manabi.core.programme.OrganisationCap;
import org.manabi.core.programme.Programme;
import org.manabi.core.testsupport.JpaTestDatabase;

/**
 * Curricula against a real database (H2 and PostgreSQL): defined, refused when prerequisites go
 * round in a circle, a cohort enrolled twice (the second time adds only the later seat holder), and
 * a learner's position as they complete lessons.
 */
class CurriculumEnrolmentIT {

    private static final String UNIT = "manabi-content-test";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-20T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path files;

    static Stream<Arguments> databases() {
        return JpaTestDatabase.h2AndPostgres(UNIT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aCohortIsEnrolledAndEachLearnerSeesWhereTheyAre(String name, Supplier<JpaTestDatabase> databases) {
        try (JpaTestDatabase database = databases.get()) {
            long adminId = account(database, "admin-1", Role.ADMINISTRATOR);
            long first = account(database, "learner-1", Role.LEARNER);
            long second = account(database, "learner-2", Role.LEARNER);
            CatalogViewer admin = new CatalogViewer(adminId, true, true);
            long basics = course(database, admin, "IT-BASICS", 60);
            long security = course(database, admin, "IT-SEC", 60);
            long excel = course(database, admin, "OFFICE-XL", 30);
            long[] programme = programmeWithCohort(database);
            seat(database, programme, first, 900_001);

            CurriculumDefinition track = new CurriculumDefinition("itp", "ITパスポート", "5か月", 60, 3,
                    List.of(BreakPeriod.parse("08-13", "08-15").orElseThrow(),
                            BreakPeriod.parse("12-29", "01-03").orElseThrow()),
                    List.of(new CurriculumDefinition.ItemDefinition(basics, true, List.of()),
                            new CurriculumDefinition.ItemDefinition(security, true, List.of(basics)),
                            new CurriculumDefinition.ItemDefinition(excel, false, List.of())));
            long curriculumId = curricula(database, c -> c.create(programme[0], track, "admin-1").id());

            assertEquals(1, added(database, c -> c.enrolCohort(curriculumId, programme[1], "admin-1")));
            seat(database, programme, second, 900_002);
            assertEquals(1, added(database, c -> c.enrolCohort(curriculumId, programme[1], "admin-1")),
                    "enrolling the cohort again adds only the later seat holder");
            assertEquals(0, added(database, c -> c.enrolLearner(curriculumId, first, "admin-1")), "idempotent");
            assertEquals(2, read(database, c -> c.enrolments(curriculumId)).size());

            LearnerPosition before = read(database, c -> c.positionsOf(first)).get(0);
            assertEquals(LocalDate.of(2026, 9, 1), before.startsOn(), "the plan starts on the cohort's first day");
            assertEquals(List.of(ItemStatus.NOT_STARTED, ItemStatus.LOCKED, ItemStatus.NOT_STARTED),
                    before.items().stream().map(LearnerPosition.Item::status).toList());
            assertEquals(basics, before.nextCourseId());
            assertEquals(LocalDate.of(2026, 9, 28), before.items().get(0).plannedEnd());
            assertTrue(before.behind(), "the first course was planned to end on Sep 28");
            assertEquals(150, before.trainingHours());

            completeAll(database, first, basics);
            LearnerPosition after = read(database, c -> c.positionsOf(first)).get(0);
            assertEquals(List.of(ItemStatus.DONE, ItemStatus.NOT_STARTED, ItemStatus.NOT_STARTED),
                    after.items().stream().map(LearnerPosition.Item::status).toList());
            assertEquals(50, after.percentRequiredDone());
            assertEquals(security, after.nextCourseId());
            assertFalse(after.behind(), "the second course is planned until Oct 28");
            assertEquals(1, after.done());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void refusedDefinitionsWriteNothing(String name, Supplier<JpaTestDatabase> databases) {
        try (JpaTestDatabase database = databases.get()) {
            CatalogViewer admin = new CatalogViewer(account(database, "admin-1", Role.ADMINISTRATOR), true, true);
            long a = course(database, admin, "A-1", 2);
            long b = course(database, admin, "B-1", 2);
            long[] programme = programmeWithCohort(database);
            CurriculumDefinition circle = new CurriculumDefinition("loop", "Loop", null, 60, 3, List.of(),
                    List.of(new CurriculumDefinition.ItemDefinition(a, true, List.of(b)),
                            new CurriculumDefinition.ItemDefinition(b, true, List.of(a))));

            CatalogRefusal cycle = assertThrows(CatalogRefusal.class,
                    () -> curricula(database, c -> c.create(programme[0], circle, "admin-1")));
            assertEquals(CatalogRefusal.Reason.INVALID, cycle.reason());
            assertEquals("items[0].prerequisites", cycle.problems().get(0).path());
            assertEquals("Cycle", cycle.problems().get(0).code());

            CurriculumDefinition fine = new CurriculumDefinition("ok", "OK", null, 60, 3, List.of(),
                    List.of(new CurriculumDefinition.ItemDefinition(a, true, List.of())));
            long id = curricula(database, c -> c.create(programme[0], fine, "admin-1").id());
            CatalogRefusal taken = assertThrows(CatalogRefusal.class,
                    () -> curricula(database, c -> c.create(programme[0], fine, "admin-1")));
            assertEquals(CatalogRefusal.Reason.CONFLICT, taken.reason());
            assertThrows(CatalogRefusal.class, () -> curricula(database, c -> c.update(id,
                    new CurriculumDefinition("ok", "OK", null, 60, 3, List.of(),
                            List.of(new CurriculumDefinition.ItemDefinition(a, true, List.of()),
                                    new CurriculumDefinition.ItemDefinition(a, false, List.of()))), "admin-1")));

            Curriculum stored = read(database, c -> c.find(id)).orElseThrow();
            assertEquals(1, stored.items().size(), "the refused edit left the items as they were");
            assertEquals(1, read(database, c -> c.ofProgramme(programme[0])).orElseThrow().size());
            assertNull(stored.description());

            curricula(database, c -> c.update(id, new CurriculumDefinition("ok", "OK", "reordered", 40, 2,
                    List.of(BreakPeriod.parse("12-29", "01-03").orElseThrow()),
                    List.of(new CurriculumDefinition.ItemDefinition(b, false, List.of()),
                            new CurriculumDefinition.ItemDefinition(a, true, List.of(b)))), "admin-1"));
            Curriculum changed = read(database, c -> c.find(id)).orElseThrow();
            assertEquals(List.of(b, a), changed.items().stream().map(CurriculumItem::courseId).toList());
            assertEquals(List.of(b), changed.prerequisitesOf(a));
            assertEquals("12-29", changed.breaks().get(0).firstDayText());
            assertEquals(new Pace(40, 2), changed.pace());
        }
    }

    private long course(JpaTestDatabase database, CatalogViewer admin, String code, double hours) {
        CourseDefinition definition = new CourseDefinition(code, code + " course", null, "ja", Category.IT,
                Level.BEGINNER, List.of(), hours, List.of(), List.of(), null, null,
                List.of(new SectionDefinition("1", List.of(LessonDefinition.text("a", "本文", 30),
                        LessonDefinition.text("b", "本文", 30)))));
        return database.inTransaction(em -> new CourseAuthoring(em, new AuditLog(em, CLOCK), new FileStore(files),
                CLOCK).importDefinition(definition, admin, "admin-1", false, true).id());
    }

    private static void completeAll(JpaTestDatabase database, long accountId, long courseId) {
        CatalogViewer learner = new CatalogViewer(accountId, false, false);
        database.inTransaction(em -> {
            CourseCatalog catalog = new CourseCatalog(em, CLOCK);
            catalog.versionFor(learner, courseId, false).orElseThrow().sections().stream()
                    .flatMap(section -> section.lessons().stream())
                    .forEach(lesson -> catalog.complete(learner, lesson.id()));
            return null;
        });
    }

    /** A programme and its cohort starting 2026-09-01: {programme id, cohort id}. */
    private static long[] programmeWithCohort(JpaTestDatabase database) {
        return database.inTransaction(em -> {
            Programme programme = new Programme("p-" + System.nanoTime(), "IT training", null, OrganisationCap.none(),
                    null);
            em.persist(programme);
            em.flush();
            Cohort cohort = new Cohort(programme.id(), "Run 1", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31),
                    null, 0, null);
            em.persist(cohort);
            em.flush();
            return new long[] {programme.id(), cohort.id()};
        });
    }

    /** Seats are given by the seat rules elsewhere; here a row is enough. */
    private static void seat(JpaTestDatabase database, long[] programme, long accountId, long seatId) {
        database.inTransaction(em -> em.createNativeQuery("INSERT INTO seat (id, programme_id, cohort_id,"
                        + " organisation_id, invited, account_id, submitted_at, granted_at)"
                        + " VALUES (?, ?, ?, NULL, FALSE, ?, ?, ?)")
                .setParameter(1, seatId).setParameter(2, programme[0]).setParameter(3, programme[1])
                .setParameter(4, accountId)
                .setParameter(5, java.sql.Timestamp.valueOf("2026-08-01 00:00:00"))
                .setParameter(6, java.sql.Timestamp.valueOf("2026-08-01 00:00:00"))
                .executeUpdate());
    }

    private static long account(JpaTestDatabase database, String loginId, Role role) {
        return database.inTransaction(em -> {
            Account account = new Account(loginId, loginId, null, "x", Set.of(role), false, CLOCK.instant());
            em.persist(account);
            em.flush();
            return account.id();
        });
    }

    private static <T> T curricula(JpaTestDatabase database, Function<Curricula, T> work) {
        return database.inTransaction(em -> work.apply(
                new Curricula(em, CLOCK, new CourseCatalog(em, CLOCK), new AuditLog(em, CLOCK))));
    }

    private static int added(JpaTestDatabase database, Function<Curricula, Integer> enrolment) {
        return curricula(database, enrolment);
    }

    private static <T> T read(JpaTestDatabase database, Function<Curricula, T> query) {
        return database.read(em -> query.apply(
                new Curricula(em, CLOCK, new CourseCatalog(em, CLOCK), new AuditLog(em, CLOCK))));
    }
}
