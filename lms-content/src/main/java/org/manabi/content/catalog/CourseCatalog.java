package org.manabi.content.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.manabi.core.persistence.Database;

/**
 * Reading the catalog on behalf of a {@link CatalogViewer}, and a learner's place in a course. A
 * course or lesson the viewer may not see is reported as absent, like one that does not exist.
 *
 * <p>A learner who starts a course is pinned to the version published at that moment
 * ({@code course_start}); they keep it, and their completed lessons, while newer versions are
 * published.
 */
@ApplicationScoped
public class CourseCatalog {

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Clock clock;

    protected CourseCatalog() {
    }

    /** For use outside a container, with a caller-managed transaction. */
    public CourseCatalog(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Optional<Course> course(CatalogViewer viewer, long courseId) {
        return Optional.ofNullable(entityManager.find(Course.class, courseId))
                .filter(course -> course.visibleTo(viewer) || startedBy(viewer, courseId).isPresent());
    }

    /**
     * In a transaction although it only reads: the library installer calls it from a background
     * thread, where Payara's non-transactional entity manager had already been closed by the time
     * the query ran, so the library was never installed.
     */
    @Transactional
    public Optional<Course> courseByCode(String code) {
        return entityManager.createQuery("select c from Course c where c.code = :code", Course.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /**
     * The version the viewer reads: the draft when an editor asks for it, else the version the
     * learner started, else the published one.
     */
    public Optional<CourseVersion> versionFor(CatalogViewer viewer, long courseId, boolean draft) {
        Optional<Course> course = course(viewer, courseId);
        if (course.isEmpty()) {
            return Optional.empty();
        }
        Course found = course.get();
        if (draft && found.editableBy(viewer)) {
            return Optional.of(entityManager.find(CourseVersion.class, found.headVersionId()));
        }
        Optional<Long> versionId = startedBy(viewer, courseId).map(CourseStart::versionId)
                .or(found::publishedVersionId)
                .or(() -> found.editableBy(viewer) ? Optional.of(found.headVersionId()) : Optional.empty());
        return versionId.map(id -> entityManager.find(CourseVersion.class, id));
    }

    public Optional<CourseVersion> version(long versionId) {
        return Optional.ofNullable(entityManager.find(CourseVersion.class, versionId));
    }

    /**
     * A lesson, when it belongs to a version the viewer may read: the one they started, the
     * published one, or (for editors) any version of the course.
     */
    public Optional<Lesson> lesson(CatalogViewer viewer, long lessonId) {
        Lesson lesson = entityManager.find(Lesson.class, lessonId);
        if (lesson == null) {
            return Optional.empty();
        }
        Optional<Course> course = course(viewer, lesson.courseId());
        if (course.isEmpty()) {
            return Optional.empty();
        }
        if (course.get().editableBy(viewer)) {
            return Optional.of(lesson);
        }
        long readable = startedBy(viewer, lesson.courseId()).map(CourseStart::versionId)
                .or(course.get()::publishedVersionId)
                .orElse(-1L);
        return readable == lesson.versionId() ? Optional.of(lesson) : Optional.empty();
    }

    /** Versions by id, read in one query (for lists of courses). */
    public Map<Long, CourseVersion> versions(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select v from CourseVersion v where v.id in :ids", CourseVersion.class)
                .setParameter("ids", versionIds)
                .getResultStream()
                .collect(Collectors.toMap(CourseVersion::id, v -> v));
    }

    /** Lessons per version, counted by the database, so a list of courses loads no lesson. */
    public Map<Long, Long> lessonCounts(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select l.versionId, count(l) from Lesson l where l.versionId in :ids"
                        + " group by l.versionId", Object[].class)
                .setParameter("ids", versionIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** Courses the viewer may edit, newest change first. */
    public List<Course> editableBy(CatalogViewer viewer) {
        if (viewer.administrator()) {
            return entityManager.createQuery("select c from Course c order by c.updatedAt desc, c.id", Course.class)
                    .setMaxResults(500)
                    .getResultList();
        }
        if (!viewer.author() || viewer.accountId() == null) {
            return List.of();
        }
        return entityManager.createQuery(
                        "select c from Course c where c.ownerId = :owner order by c.updatedAt desc, c.id", Course.class)
                .setParameter("owner", viewer.accountId())
                .getResultList();
    }

    /** All course ids, for rebuilding derived data. */
    public List<Long> allCourseIds() {
        return entityManager.createQuery("select c.id from Course c order by c.id", Long.class).getResultList();
    }

    public long courseCount() {
        return entityManager.createQuery("select count(c) from Course c", Long.class).getSingleResult();
    }

    /** Starts the course for a signed-in learner (once): pins the published version. */
    @Transactional
    public CourseStart start(CatalogViewer viewer, long courseId) {
        if (!viewer.signedIn()) {
            throw new CatalogRefusal(CatalogRefusal.Reason.FORBIDDEN, "sign-in", "Sign in to study.");
        }
        Optional<CourseStart> existing = startedBy(viewer, courseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Course course = course(viewer, courseId).filter(Course::openToLearners)
                .orElseThrow(CatalogRefusal::notFound);
        CourseStart start = new CourseStart(viewer.accountId(), courseId, course.publishedVersionId().orElseThrow(),
                clock.instant());
        entityManager.persist(start);
        return start;
    }

    public Optional<CourseStart> startedBy(CatalogViewer viewer, long courseId) {
        if (!viewer.signedIn()) {
            return Optional.empty();
        }
        return Optional.ofNullable(entityManager.find(CourseStart.class,
                new CourseStart.Key(viewer.accountId(), courseId)));
    }

    /** Marks a lesson done for a learner; starts its course first when needed. Idempotent. */
    @Transactional
    public void complete(CatalogViewer viewer, long lessonId) {
        Lesson lesson = lesson(viewer, lessonId).orElseThrow(CatalogRefusal::notFound);
        if (startedBy(viewer, lesson.courseId()).isEmpty()) {
            CourseStart start = start(viewer, lesson.courseId());
            if (start.versionId() != lesson.versionId()) {
                throw CatalogRefusal.notFound();
            }
        }
        if (entityManager.find(LessonCompletion.class, new LessonCompletion.Key(viewer.accountId(), lessonId)) == null) {
            entityManager.persist(new LessonCompletion(viewer.accountId(), lessonId, lesson.courseId(), clock.instant()));
        }
    }

    /** The lessons of a course the learner has completed. */
    public Set<Long> completedLessons(CatalogViewer viewer, long courseId) {
        if (!viewer.signedIn()) {
            return Set.of();
        }
        return entityManager.createQuery("select c.lessonId from LessonCompletion c"
                        + " where c.accountId = :account and c.courseId = :course", Long.class)
                .setParameter("account", viewer.accountId())
                .setParameter("course", courseId)
                .getResultStream()
                .collect(Collectors.toSet());
    }

    /** The courses a learner has started, most recent first. */
    public List<CourseStart> startedCourses(long accountId) {
        return entityManager.createQuery("select s from CourseStart s where s.accountId = :account"
                        + " order by s.startedAt desc", CourseStart.class)
                .setParameter("account", accountId)
                .getResultList();
    }
}
