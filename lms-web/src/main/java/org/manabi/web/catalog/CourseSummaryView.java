package org.manabi.web.catalog;

import org.manabi.content.catalog.Course;
import org.manabi.content.catalog.CourseVersion;

/** A course in a list: what it is and where it stands. */
public record CourseSummaryView(long id, String code, String status, String title, String summary, String category,
                                String level, String language, double estimatedHours, int lessonCount,
                                boolean hasDraft, boolean published, boolean bundled, String reviewNote) {

    static CourseSummaryView of(Course course, CourseVersion head, long lessonCount) {
        return new CourseSummaryView(course.id(), course.code(), course.status().name(), head.title(), head.summary(),
                head.category().name(), head.level().name(), head.language(), head.estimatedHours(),
                (int) lessonCount, course.draftVersionId().isPresent(), course.publishedVersionId().isPresent(),
                course.bundled(), head.reviewNote());
    }
}
