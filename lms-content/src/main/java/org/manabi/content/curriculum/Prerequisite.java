package org.manabi.content.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Within one curriculum, the course {@code courseId} is locked until {@code requiresCourseId} is
 * done. Items are named by course, not by position, so reordering the list keeps the rule.
 */
@Embeddable
public class Prerequisite {

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "requires_course_id", nullable = false)
    private long requiresCourseId;

    protected Prerequisite() {
    }

    Prerequisite(long courseId, long requiresCourseId) {
        this.courseId = courseId;
        this.requiresCourseId = requiresCourseId;
    }

    public long courseId() {
        return courseId;
    }

    public long requiresCourseId() {
        return requiresCourseId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Prerequisite that && courseId == that.courseId
                && requiresCourseId == that.requiresCourseId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(courseId, requiresCourseId);
    }
}
