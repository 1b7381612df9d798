package org.manabi.content.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One course in a curriculum, at its position in the list; part of the {@link Curriculum}. */
@Embeddable
public class CurriculumItem {

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "required", nullable = false)
    private boolean required;

    protected CurriculumItem() {
    }

    CurriculumItem(long courseId, boolean required) {
        this.courseId = courseId;
        this.required = required;
    }

    public long courseId() {
        return courseId;
    }

    public boolean required() {
        return required;
    }
}
