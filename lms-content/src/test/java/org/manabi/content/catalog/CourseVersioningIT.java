package org.manabi.content.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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
import org.manabi.core.audit.AuditLog;
import org.manabi.core.identity.Account;
import org.manabi.core.identity.Role;
import org.manabi.core.testsupport.JpaTestDatabase;

/**
 * The course life cycle against a real database (H2 and PostgreSQL), each step committed and read
 * back: drafts are private, publication pins learners to a version, edits make a new draft, and an
 * archived course disappears from the catalog but not for those who started it.
 */
class CourseVersioningIT {

    private static final String UNIT = "manabi-content-test";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path files;

    static Stream<Arguments> databases() {
        return JpaTestDatabase.h2AndPostgres(UNIT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLearnerKeepsTheVersionTheyStartedWhileTheAuthorPublishesTheNext(String name,
            Supplier<JpaTestDatabase> databases) {
        try (JpaTestDatabase database = databases.get()) {
            long instructorId = account(database, "inst-1", Role.INSTRUCTOR);
            long learnerId = account(database, "learner-1", Role.LEARNER);
            long laterLearnerId = account(database, "learner-2", Role.LEARNER);
            CatalogViewer instructor = new CatalogViewer(instructorId, true, false);
            CatalogViewer learner = new CatalogViewer(learnerId, false, false);
            CatalogViewer laterLearner = new CatalogViewer(laterLearnerId, false, false);

            long courseId = write(database, authoring -> authoring.create(definition("情報セキュリティ入門", "第1版"),
                    instructor, "inst-1").id());
            assertTrue(read(database, catalog -> catalog.course(learner, courseId)).isEmpty(),
                    "a draft is hidden from learners");
            assertTrue(read(database, catalog -> catalog.course(instructor, courseId)).isPresent(),
                    "its author sees it");

            write(database, authoring -> authoring.publish(courseId, instructor, "inst-1"));
            long firstLessonId = read(database, catalog -> catalog.versionFor(learner, courseId, false)
                    .orElseThrow().sections().get(0).lessons().get(0).id());
            write(database, catalog(catalog -> {
                catalog.complete(learner, firstLessonId);
                return null;
            }));

            write(database, authoring -> authoring.saveDraft(courseId, definition("情報セキュリティ入門", "第2版"),
                    instructor, "inst-1"));
            assertEquals("第1版", lessonBody(database, learner, courseId), "a saved draft does not reach learners");
            write(database, authoring -> authoring.publish(courseId, instructor, "inst-1"));

            assertEquals("第1版", lessonBody(database, learner, courseId), "the learner part-way keeps version 1");
            assertEquals(Set.of(firstLessonId), read(database, catalog -> catalog.completedLessons(learner, courseId)));
            assertEquals("第2版", lessonBody(database, laterLearner, courseId), "a new learner gets version 2");
            assertTrue(read(database, catalog -> catalog.lesson(laterLearner, firstLessonId)).isEmpty(),
                    "a superseded lesson is not readable by someone who did not start it");

            write(database, authoring -> authoring.archive(courseId, instructor, "inst-1"));
            assertTrue(read(database, catalog -> catalog.course(laterLearner, courseId)).isEmpty(),
                    "archived: gone from the catalog");
            assertTrue(read(database, catalog -> catalog.course(learner, courseId)).isPresent(),
                    "but still there for the learner who started it");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void refusedChangesWriteNothing(String name, Supplier<JpaTestDatabase> databases) {
        try (JpaTestDatabase database = databases.get()) {
            long ownerId = account(database, "inst-1", Role.INSTRUCTOR);
            long otherId = account(database, "inst-2", Role.INSTRUCTOR);
            CatalogViewer owner = new CatalogViewer(ownerId, true, false);
            CatalogViewer other = new CatalogViewer(otherId, true, false);
            long courseId = write(database, authoring -> authoring.create(definition("日本語 N5", "はじめ"), owner,
                    "inst-1").id());

            CatalogRefusal taken = assertThrows(CatalogRefusal.class, () -> write(database,
                    authoring -> authoring.create(definition("別のコース", "x"), other, "inst-2")));
            assertEquals("code-taken", taken.code());
            CatalogRefusal hidden = assertThrows(CatalogRefusal.class, () -> write(database,
                    authoring -> authoring.publish(courseId, other, "inst-2")));
            assertEquals(CatalogRefusal.Reason.NOT_FOUND, hidden.reason(), "another author's draft is not even seen");
            CatalogRefusal invalid = assertThrows(CatalogRefusal.class, () -> write(database,
                    authoring -> authoring.saveDraft(courseId, definition("", "x"), owner, "inst-1")));
            assertEquals(CatalogRefusal.Reason.INVALID, invalid.reason());

            assertEquals("日本語 N5", read(database, catalog -> catalog.versionFor(owner, courseId, true)
                    .orElseThrow().title()), "the refused edit left the draft as it was");
            assertEquals(1L, read(database, CourseCatalog::courseCount));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFileLessonKeepsItsBytesInTheFileStore(String name, Supplier<JpaTestDatabase> databases) throws Exception {
        try (JpaTestDatabase database = databases.get()) {
            long adminId = account(database, "admin-1", Role.ADMINISTRATOR);
            CatalogViewer admin = new CatalogViewer(adminId, true, true);
            byte[] pdf = "%PDF-1.4 用語集".getBytes(StandardCharsets.UTF_8);
            CourseDefinition withFile = new CourseDefinition("ITP-101", "ITパスポート", null, "ja",
                    Category.CERTIFICATION, Level.BEGINNER, List.of("IT"), 2, List.of(), List.of(), null, null,
                    List.of(new SectionDefinition("資料", List.of(new LessonDefinition(LessonKind.FILE, "用語集", null,
                            5, null, new LessonFile("glossary.pdf", "application/pdf", pdf), null, null)))));
            long courseId = write(database, authoring -> authoring.importDefinition(withFile, admin, "admin-1",
                    false, true).id());

            Lesson.AttachedFile file = read(database, catalog -> catalog.versionFor(admin, courseId, false)
                    .orElseThrow().sections().get(0).lessons().get(0).file().orElseThrow());
            assertEquals("glossary.pdf", file.name());
            assertEquals(pdf.length, file.size());
            assertArrayEquals(pdf, Files.readAllBytes(files.resolve(file.sha256().substring(0, 2)).resolve(file.sha256())));
        }
    }

    private static CourseDefinition definition(String title, String body) {
        return new CourseDefinition("SEC-101", title, "要約", "ja", Category.COMPLIANCE, Level.BEGINNER,
                List.of("セキュリティ"), 1.5, List.of(), List.of("パスワードを正しく管理できる"), "講師", null,
                List.of(new SectionDefinition("基本", List.of(LessonDefinition.text("パスワード", body, 10)))));
    }

    private String lessonBody(JpaTestDatabase database, CatalogViewer viewer, long courseId) {
        return read(database, catalog -> catalog.versionFor(viewer, courseId, false).orElseThrow()
                .sections().get(0).lessons().get(0).body());
    }

    private static long account(JpaTestDatabase database, String loginId, Role role) {
        return database.inTransaction(em -> {
            Account account = new Account(loginId, loginId, null, "x", Set.of(role), false, CLOCK.instant());
            em.persist(account);
            em.flush();
            return account.id();
        });
    }

    private <T> T write(JpaTestDatabase database, Function<CourseAuthoring, T> work) {
        return database.inTransaction(em -> work.apply(
                new CourseAuthoring(em, new AuditLog(em, CLOCK), new FileStore(files), CLOCK)));
    }

    private static Function<CourseAuthoring, Void> catalog(Function<CourseCatalog, Void> work) {
        return authoring -> work.apply(new CourseCatalog(authoring.entityManager, CLOCK));
    }

    private static <T> T read(JpaTestDatabase database, Function<CourseCatalog, T> query) {
        return database.read(em -> query.apply(new CourseCatalog(em, CLOCK)));
    }
}
