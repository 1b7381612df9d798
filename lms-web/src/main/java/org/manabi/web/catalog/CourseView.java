package org.manabi.web.catalog;

import java.util.List;
import java.util.Set;
import org.manabi.content.catalog.Course;
import org.manabi.content.catalog.CourseVersion;
import org.manabi.content.catalog.Lesson;

/**
 * A course as a reader sees it: its description, outline and, for a signed-in learner, which
 * lessons are done and which comes next.
 *
 * @param versionNumber the version shown (a learner keeps the one they started)
 * @param draft         true when this is the unpublished draft, shown to an editor
 * @param nextLessonId  the first lesson not yet done, or null when all are done
 */
public record CourseView(long id, String code, String status, int versionNumber, boolean draft, String title,
                         String summary, String category, String level, String language, List<String> tags,
                         double estimatedHours, int totalMinutes, List<String> prerequisites, List<String> objectives,
                         String instructor, String reviewNote, List<SectionView> sections, boolean started,
                         int completedLessons, int lessonCount, Long nextLessonId, boolean editable, boolean hasDraft) {

    /** A section and its lessons. */
    public record SectionView(long id, String title, List<LessonItem> lessons) {
    }

    /** A lesson in the outline. */
    public record LessonItem(long id, String kind, String title, int minutes, boolean completed) {
    }

    static CourseView of(Course course, CourseVersion version, boolean started, Set<Long> completed,
            boolean editable) {
        List<SectionView> sections = version.sections().stream()
                .map(s -> new SectionView(s.id(), s.title(), s.lessons().stream()
                        .map(l -> new LessonItem(l.id(), l.kind().name(), l.title(), l.minutes(),
                                completed.contains(l.id())))
                        .toList()))
                .toList();
        Long next = version.sections().stream().flatMap(s -> s.lessons().stream())
                .map(Lesson::id)
                .filter(id -> !completed.contains(id))
                .findFirst()
                .orElse(null);
        int done = (int) version.sections().stream().flatMap(s -> s.lessons().stream())
                .filter(l -> completed.contains(l.id()))
                .count();
        return new CourseView(course.id(), course.code(), course.status().name(), version.number(),
                version.state() == org.manabi.content.catalog.VersionState.DRAFT, version.title(), version.summary(),
                version.category().name(), version.level().name(), version.language(), version.tags(),
                version.estimatedHours(), version.totalMinutes(), version.prerequisites(), version.objectives(),
                version.instructor(), editable ? version.reviewNote() : null, sections, started, done,
                version.lessonCount(), next, editable, course.draftVersionId().isPresent());
    }
}
