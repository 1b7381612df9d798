package org.manabi.content.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A course: its stable code and owner, and which of its versions learners see (the published one)
 * and authors edit (the draft). The versions themselves are {@link CourseVersion}s; they refer to
 * the course by id, so a course row can be written before its first version.
 */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    private Long id;

    @Column(name = "code", nullable = false, updatable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CourseStatus status;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "bundled", nullable = false)
    private boolean bundled;

    @Column(name = "published_version_id")
    private Long publishedVersionId;

    @Column(name = "draft_version_id")
    private Long draftVersionId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @jakarta.persistence.Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Course() {
    }

    Course(String code, Long ownerId, boolean bundled, Instant now) {
        this.code = code;
        this.ownerId = ownerId;
        this.bundled = bundled;
        this.status = CourseStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public CourseStatus status() {
        return status;
    }

    public Optional<Long> ownerId() {
        return Optional.ofNullable(ownerId);
    }

    public boolean bundled() {
        return bundled;
    }

    public Optional<Long> publishedVersionId() {
        return Optional.ofNullable(publishedVersionId);
    }

    public Optional<Long> draftVersionId() {
        return Optional.ofNullable(draftVersionId);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The version an author works on: the draft if there is one, else the published one. */
    public long headVersionId() {
        return draftVersionId != null ? draftVersionId : publishedVersionId;
    }

    void draftIs(long versionId, Instant now) {
        this.draftVersionId = versionId;
        this.updatedAt = now;
    }

    void published(long versionId, Instant now) {
        this.publishedVersionId = versionId;
        this.draftVersionId = null;
        this.status = CourseStatus.PUBLISHED;
        this.updatedAt = now;
    }

    void archived(Instant now) {
        this.status = CourseStatus.ARCHIVED;
        this.updatedAt = now;
    }

    void restored(Instant now) {
        this.status = publishedVersionId == null ? CourseStatus.DRAFT : CourseStatus.PUBLISHED;
        this.updatedAt = now;
    }

    /** Whether learners may find and start it. */
    public boolean openToLearners() {
        return status == CourseStatus.PUBLISHED && publishedVersionId != null;
    }

    /** Whether {@code viewer} may edit it: administrators any course, instructors their own. */
    public boolean editableBy(CatalogViewer viewer) {
        return viewer.administrator() || viewer.author() && viewer.accountId() != null
                && viewer.accountId().equals(ownerId);
    }

    /** Whether {@code viewer} may see it in the catalog. */
    public boolean visibleTo(CatalogViewer viewer) {
        return openToLearners() || editableBy(viewer);
    }
}
