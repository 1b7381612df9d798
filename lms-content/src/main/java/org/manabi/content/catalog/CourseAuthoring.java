package org.manabi.content.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.persistence.Database;

/**
 * Writing courses: create, edit the draft, publish, archive and restore. Every change is checked
 * whole ({@link DefinitionCheck}) before anything is written, is audited, and is announced with a
 * {@link CourseChanged} event once committed.
 */
@ApplicationScoped
public class CourseAuthoring {

    static final String CREATED = "COURSE_CREATED";
    static final String EDITED = "COURSE_DRAFT_SAVED";
    static final String PUBLISHED = "COURSE_PUBLISHED";
    static final String ARCHIVED = "COURSE_ARCHIVED";
    static final String RESTORED = "COURSE_RESTORED";

    @PersistenceContext(unitName = Database.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog auditLog;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @Inject
    Event<CourseChanged> changes;

    protected CourseAuthoring() {
    }

    /** For use outside a container, with a caller-managed transaction and no events. */
    public CourseAuthoring(EntityManager entityManager, AuditLog auditLog, FileStore files, Clock clock) {
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.files = files;
        this.clock = clock;
    }

    /** A new course whose first version is a draft owned by the author. */
    @Transactional
    public Course create(CourseDefinition definition, CatalogViewer author, String actor) {
        requireAuthor(author);
        check(definition);
        if (findByCode(definition.code()).isPresent()) {
            throw new CatalogRefusal(CatalogRefusal.Reason.CONFLICT, "code-taken",
                    "A course with code " + definition.code() + " exists.");
        }
        Course course = newCourse(definition, author.accountId(), false, actor);
        audit(actor, CREATED, course, definition.title());
        return announce(course, course);
    }

    /**
     * Saves {@code definition} as the course's draft: the existing draft is replaced, or a new draft
     * version is made after the published one. Learners keep seeing the published version.
     */
    @Transactional
    public CourseVersion saveDraft(long courseId, CourseDefinition definition, CatalogViewer editor, String actor) {
        Course course = editable(courseId, editor);
        if (!course.code().equals(definition.code())) {
            throw new CatalogRefusal(CatalogRefusal.Reason.INVALID, "code-changed",
                    "A course keeps its code; make a new course instead.",
                    List.of(new DefinitionProblem("code", "Immutable", "must stay " + course.code())));
        }
        check(definition);
        CourseVersion draft = defineDraft(course, definition, actor);
        audit(actor, EDITED, course, "version " + draft.number());
        return announce(course, draft);
    }

    /**
     * Imports a definition from a package or the bundled library: a new course, or a new draft of
     * the course with that code when the importer may edit it.
     *
     * @param publish publish at once (the bundled library), instead of leaving a draft for review
     */
    @Transactional
    public Course importDefinition(CourseDefinition definition, CatalogViewer importer, String actor,
            boolean bundled, boolean publish) {
        requireAuthor(importer);
        check(definition);
        Optional<Course> existing = findByCode(definition.code());
        Course course;
        if (existing.isPresent()) {
            course = existing.get();
            if (!course.editableBy(importer)) {
                throw new CatalogRefusal(CatalogRefusal.Reason.CONFLICT, "code-taken",
                        "A course with code " + definition.code() + " exists and you may not edit it.");
            }
            CourseVersion draft = defineDraft(course, definition, actor);
            audit(actor, EDITED, course, "imported as version " + draft.number());
        } else {
            course = newCourse(definition, bundled ? null : importer.accountId(), bundled, actor);
            audit(actor, CREATED, course, "imported: " + definition.title());
        }
        if (publish) {
            publishDraft(course, actor);
        }
        return announce(course, course);
    }

    /** Publishes the draft: new learners get it; learners part-way keep the version they started. */
    @Transactional
    public CourseVersion publish(long courseId, CatalogViewer editor, String actor) {
        Course course = editable(courseId, editor);
        if (course.draftVersionId().isEmpty()) {
            throw new CatalogRefusal(CatalogRefusal.Reason.CONFLICT, "nothing-to-publish",
                    "The course has no draft to publish.");
        }
        return announce(course, publishDraft(course, actor));
    }

    @Transactional
    public Course archive(long courseId, CatalogViewer editor, String actor) {
        Course course = editable(courseId, editor);
        course.archived(clock.instant());
        audit(actor, ARCHIVED, course, null);
        return announce(course, course);
    }

    @Transactional
    public Course restore(long courseId, CatalogViewer editor, String actor) {
        Course course = editable(courseId, editor);
        if (course.status() != CourseStatus.ARCHIVED) {
            throw new CatalogRefusal(CatalogRefusal.Reason.CONFLICT, "not-archived", "The course is not archived.");
        }
        course.restored(clock.instant());
        audit(actor, RESTORED, course, null);
        return announce(course, course);
    }

    private CourseVersion publishDraft(Course course, String actor) {
        Instant now = clock.instant();
        CourseVersion draft = entityManager.find(CourseVersion.class, course.draftVersionId().orElseThrow());
        course.publishedVersionId()
                .map(id -> entityManager.find(CourseVersion.class, id))
                .ifPresent(CourseVersion::supersede);
        draft.publish(actor, now);
        course.published(draft.id(), now);
        audit(actor, PUBLISHED, course, "version " + draft.number());
        return draft;
    }

    private Course newCourse(CourseDefinition definition, Long ownerId, boolean bundled, String actor) {
        Instant now = clock.instant();
        Course course = new Course(definition.code(), ownerId, bundled, now);
        entityManager.persist(course);
        entityManager.flush();
        CourseVersion version = new CourseVersion(course.id(), 1, actor, now);
        entityManager.persist(version);
        version.define(definition, files);
        // The course refers to its draft by a plain id, so the version row must exist first.
        entityManager.flush();
        course.draftIs(version.id(), now);
        return course;
    }

    private CourseVersion defineDraft(Course course, CourseDefinition definition, String actor) {
        CourseVersion draft = draftOf(course, actor);
        draft.define(definition, files);
        // The course refers to its draft by a plain id, so the version row must exist first.
        entityManager.flush();
        course.draftIs(draft.id(), clock.instant());
        return draft;
    }

    /** The course's draft: the existing one, or a new, empty version after the last. */
    private CourseVersion draftOf(Course course, String actor) {
        if (course.draftVersionId().isPresent()) {
            return entityManager.find(CourseVersion.class, course.draftVersionId().get());
        }
        int next = entityManager.createQuery(
                        "select max(v.number) from CourseVersion v where v.courseId = :course", Integer.class)
                .setParameter("course", course.id())
                .getSingleResult() + 1;
        CourseVersion draft = new CourseVersion(course.id(), next, actor, clock.instant());
        entityManager.persist(draft);
        return draft;
    }

    private Course editable(long courseId, CatalogViewer editor) {
        Course course = entityManager.find(Course.class, courseId);
        if (course == null || !course.visibleTo(editor)) {
            throw CatalogRefusal.notFound();
        }
        if (!course.editableBy(editor)) {
            throw new CatalogRefusal(CatalogRefusal.Reason.FORBIDDEN, "not-yours",
                    "Only the course's author or an administrator may change it.");
        }
        return course;
    }

    private Optional<Course> findByCode(String code) {
        return entityManager.createQuery("select c from Course c where c.code = :code", Course.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    private static void requireAuthor(CatalogViewer viewer) {
        if (!viewer.author() && !viewer.administrator()) {
            throw new CatalogRefusal(CatalogRefusal.Reason.FORBIDDEN, "not-an-author",
                    "Only instructors and administrators write courses.");
        }
    }

    private static void check(CourseDefinition definition) {
        List<DefinitionProblem> problems = DefinitionCheck.check(definition);
        if (!problems.isEmpty()) {
            throw CatalogRefusal.invalid(problems);
        }
    }

    private void audit(String actor, String action, Course course, String detail) {
        auditLog.record(new AuditEntry(actor, action, "course:" + course.id(), detail, null, null));
    }

    /** Once per public operation, so an import that also publishes is indexed once. */
    private <T> T announce(Course course, T result) {
        if (changes != null) {
            changes.fire(new CourseChanged(course.id()));
        }
        return result;
    }
}
