package org.manabi.content.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** That a learner finished a lesson, and when. */
@Entity
@Table(name = "lesson_completion")
@IdClass(LessonCompletion.Key.class)
public class LessonCompletion {

    @Id
    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Id
    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected LessonCompletion() {
    }

    LessonCompletion(long accountId, long lessonId, long courseId, Instant completedAt) {
        this.accountId = accountId;
        this.lessonId = lessonId;
        this.courseId = courseId;
        this.completedAt = completedAt;
    }

    public long lessonId() {
        return lessonId;
    }

    public Instant completedAt() {
        return completedAt;
    }

    /** The composite key: one completion per learner and lesson. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long accountId;
        private long lessonId;

        /** For JPA. */
        public Key() {
        }

        public Key(long accountId, long lessonId) {
            this.accountId = accountId;
            this.lessonId = lessonId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.accountId == accountId && key.lessonId == lessonId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(accountId, lessonId);
        }
    }
}
