package org.manabi.content.assessment.studyplan;

import java.util.Objects;

/** A lesson of a course, as the plan and the learner's completions name it. */
public record LessonRef(String courseId, String lessonId) {

    public LessonRef {
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(lessonId, "lessonId");
    }
}
