package org.manabi.content.assessment.studyplan;

import java.util.List;
import java.util.Objects;
import org.manabi.content.catalog.Level;

/**
 * A course the plan may use, with its lessons in study order.
 *
 * @param courseId the caller's id (a catalog id or course code)
 * @param level    the course's level, or null for a course that any learner takes
 */
public record PlanCourse(String courseId, Level level, List<Lesson> lessons) {

    /**
     * @param minutes the lesson's estimated study time
     */
    public record Lesson(String lessonId, int minutes) {

        public Lesson {
            Objects.requireNonNull(lessonId, "lessonId");
            if (minutes < 1) {
                throw new IllegalArgumentException("lesson " + lessonId + ": minutes must be at least 1");
            }
        }
    }

    public PlanCourse {
        Objects.requireNonNull(courseId, "courseId");
        lessons = List.copyOf(lessons);
    }
}
