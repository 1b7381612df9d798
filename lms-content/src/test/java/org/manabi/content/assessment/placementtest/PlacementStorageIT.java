package org.manabi.content.assessment.placementtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.manabi.content.assessment.placement.PlacementItem;
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
import org.manabi.core.testsupport.JpaTestDatabase;

/**
 * Placement attempts and study plan settings on H2 and PostgreSQL: answers come back in order and
 * replay to the same next item, a learner cannot reach another's attempt, retakes keep history, and
 * the plan is made from the published JLPT courses and the learner's completed lessons.
 */
class PlacementStorageIT {

    private static final String UNIT = "manabi-content-test";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path files;

    static Stream<Arguments> databases() {
        return JpaTestDatabase.h2AndPostgres(UNIT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAttemptIsStoredAnswerByAnswerAndReplaysToTheSameItem(String name, Supplier<JpaTestDatabase> databases) {
        try (JpaTestDatabase database = databases.get()) {
            long learner = account(database, "learner-p1");
            long other = account(database, "learner-p2");
            long attemptId = tests(database, t -> t.start(learner, "jlpt").attempt().id());
            for (int i = 0; i < 4; i++) {
                PlacementItem item = database.read(em -> {
                    PlacementTests t = service(em);
                    return t.find(learner, attemptId).attempt().currentItem(t.find(learner, attemptId).placement())
                            .orElseThrow();
                });
                String option = i < 2 ? item.body().correctId() : "z".equals(item.body().correctId()) ? "a" : wrong(item);
                tests(database, t -> t.answer(learner, attemptId, item.id(), option));
            }
            PlacementAttempt stored = database.read(em -> service(em).find(learner, attemptId).attempt());
            assertEquals(List.of(true, true, false, false), stored.answers().stream().map(StoredAnswer::correct).toList());
            assertEquals(CLOCK.instant(), stored.answers().get(0).answeredAt());

            String next = database.read(em -> {
                PlacementTests.Run run = service(em).find(learner, attemptId);
                return run.attempt().currentItem(run.placement()).orElseThrow().id();
            });
            assertEquals(next, database.read(em -> {
                PlacementTests.Run run = service(em).find(learner, attemptId);
                return run.attempt().currentItem(run.placement()).orElseThrow().id();
            }), "the next item is served again, not drawn anew");
            CatalogRefusal notCurrent = assertThrows(CatalogRefusal.class,
                    () -> tests(database, t -> t.answer(learner, attemptId, stored.answers().get(0).itemId(), "a")));
            assertEquals(CatalogRefusal.Reason.CONFLICT, notCurrent.reason());
            assertEquals(CatalogRefusal.Reason.NOT_FOUND, assertThrows(CatalogRefusal.class,
                    () -> database.read(em -> service(em).find(other, attemptId))).reason());
            assertEquals(CatalogRefusal.Reason.NOT_FOUND, assertThrows(CatalogRefusal.class,
                    () -> tests(database, t -> t.answer(other, attemptId, next, "a"))).reason());

            long retake = tests(database, t -> t.start(learner, "JLPT").attempt().id());
            assertEquals(List.of(retake, attemptId), database.read(em -> service(em).history(learner)).stream()
                    .map(PlacementAttempt::id).toList(), "a retake keeps the earlier attempt");
            assertTrue(database.read(em -> service(em).history(other)).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void thePlanIsMadeFromTheSettingsTheCoursesAndTheCompletedLessons(String name,
                                                                      Supplier<JpaTestDatabase> databases) {
        try (JpaTestDatabase database = databases.get()) {
            long learner = account(database, "learner-p3");
            CatalogViewer admin = new CatalogViewer(account(database, "admin-p", Role.ADMINISTRATOR), true, true);
            long n5 = course(database, admin, "JLPT-N5-VOCAB", Level.JLPT_N5, 8);
            course(database, admin, "JLPT-N4-VOCAB", Level.JLPT_N4, 8);
            course(database, admin, "OTHER-IT", Level.BEGINNER, 2);

            CatalogRefusal invalid = assertThrows(CatalogRefusal.class, () -> plans(database,
                    p -> p.choose(learner, "JLPT", 61, Level.BEGINNER, LocalDate.of(2026, 11, 1))));
            assertEquals(Set.of("hoursPerWeek", "targetLevel", "endDate"), invalid.problems().stream()
                    .map(p -> p.path()).collect(java.util.stream.Collectors.toSet()));
            assertTrue(database.read(em -> plans(em).settings(learner)).isEmpty(), "nothing written");

            plans(database, p -> p.choose(learner, "JLPT", 2, Level.JLPT_N4, null));
            StudyPlans.Overview overview = database.read(em -> plans(em).overview(learner)).orElseThrow();
            assertEquals(LocalDate.of(2027, 6, 1), overview.settings().endsOn(), "26 weeks without a cohort");
            assertEquals(16, overview.original().lessonOrder().size(), "both JLPT courses, not the IT one");
            assertEquals(String.valueOf(n5), overview.original().lessonOrder().get(0).courseId(), "N5 first");
            assertEquals(LocalDate.of(2026, 11, 30), overview.replan().plan().weeks().get(0).monday());
            assertEquals(3, overview.replan().plan().weeks().get(0).lessons().size(),
                    "the plan starts on a Tuesday: four fifths of 2 h hold three 30-minute lessons");
            assertFalse(overview.replan().behind());

            CatalogViewer me = new CatalogViewer(learner, false, false);
            database.inTransaction(em -> {
                CourseCatalog catalog = new CourseCatalog(em, CLOCK);
                catalog.versionFor(me, n5, false).orElseThrow().sections().get(0).lessons().stream().limit(2)
                        .forEach(lesson -> catalog.complete(me, lesson.id()));
                return null;
            });
            StudyPlans.Overview after = database.read(em -> plans(em).overview(learner)).orElseThrow();
            assertEquals(2, after.completedLessons());
            assertEquals(14, after.replan().remainingLessons());

            Clock threeWeeksLater = Clock.offset(CLOCK, java.time.Duration.ofDays(21));
            StudyPlans.Overview later = database.read(em -> new StudyPlans(em, threeWeeksLater, service(em))
                    .overview(learner)).orElseThrow();
            assertTrue(later.replan().behind(), "the lessons of the first three weeks are not all done");
            assertEquals(11 - 2, later.replan().behindLessons(), "3 + 4 + 4 planned, 2 done");
            assertEquals(LocalDate.of(2026, 12, 21), later.replan().plan().weeks().get(0).monday(),
                    "the plan starts again from today's week");
        }
    }

    private static String wrong(PlacementItem item) {
        return item.body().options().stream().map(o -> o.id()).filter(id -> !id.equals(item.body().correctId()))
                .findFirst().orElseThrow();
    }

    private long course(JpaTestDatabase database, CatalogViewer admin, String code, Level level, int lessons) {
        List<LessonDefinition> definitions = java.util.stream.IntStream.range(0, lessons)
                .mapToObj(i -> LessonDefinition.text("l" + i, "本文", 30)).toList();
        CourseDefinition definition = new CourseDefinition(code, code + " course", null, "ja", Category.JAPANESE,
                level, List.of(), lessons / 2.0, List.of(), List.of(), null, null,
                List.of(new SectionDefinition("1", definitions)));
        return database.inTransaction(em -> new CourseAuthoring(em, new AuditLog(em, CLOCK), new FileStore(files),
                CLOCK).importDefinition(definition, admin, "admin-p", false, true).id());
    }

    private static long account(JpaTestDatabase database, String loginId) {
        return account(database, loginId, Role.LEARNER);
    }

    private static long account(JpaTestDatabase database, String loginId, Role role) {
        return database.inTransaction(em -> {
            Account account = new Account(loginId, loginId, null, "x", Set.of(role), false, CLOCK.instant());
            em.persist(account);
            em.flush();
            return account.id();
        });
    }

    private static PlacementTests service(jakarta.persistence.EntityManager em) {
        return new PlacementTests(em, CLOCK, PlacementStorageIT.class.getClassLoader());
    }

    private static StudyPlans plans(jakarta.persistence.EntityManager em) {
        return new StudyPlans(em, CLOCK, service(em));
    }

    private static <T> T tests(JpaTestDatabase database, Function<PlacementTests, T> work) {
        return database.inTransaction(em -> work.apply(service(em)));
    }

    private static <T> T plans(JpaTestDatabase database, Function<StudyPlans, T> work) {
        return database.inTransaction(em -> work.apply(plans(em)));
    }
}
