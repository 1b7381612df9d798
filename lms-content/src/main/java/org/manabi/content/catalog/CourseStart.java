package org.manabi.content.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** That a learner started a course, and the version they keep studying. */
@Entity
@Table(name = "course_start")
@IdClass(CourseStart.Key.class)
public class CourseStart {

    @Id
    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Id
    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected CourseStart() {
    }

    CourseStart(long accountId, long courseId, long versionId, Instant startedAt) {
        this.accountId = accountId;
        this.courseId = courseId;
        this.versionId = versionId;
        this.startedAt = startedAt;
    }

    public long accountId() {
        return accountId;
    }

    public long courseId() {
        return courseId;
    }

    public long versionId() {
        return versionId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The composite key: one start per learner and course. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long accountId;
        private long courseId;

        /** For JPA. */
        public Key() {
        }

        public Key(long accountId, long courseId) {
            this.accountId = accountId;
            this.courseId = courseId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.accountId == accountId && key.courseId == courseId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(accountId, courseId);
        }
    }
}
