package org.manabi.web.curriculum;

import java.time.LocalDate;
import java.util.List;
import org.manabi.content.curriculum.LearnerPosition;

/** One of my curricula: where I stand, what is next, and my plan. */
public record MyCurriculumView(long id, String code, String title, String description, String programmeName,
                               LocalDate startsOn, LocalDate plannedEnd, int trainingHours, List<ItemView> items,
                               int done, int inProgress, int notStarted, int locked, int requiredCount,
                               int requiredDone, int percentRequiredDone, Long nextCourseId, boolean behind) {

    /** {@code status} is DONE, IN_PROGRESS, NOT_STARTED or LOCKED. */
    public record ItemView(long courseId, String title, boolean required, List<Long> prerequisites, String status,
                           int lessonsDone, int lessonCount, int minutes, LocalDate plannedStart,
                           LocalDate plannedEnd, boolean available) {
    }

    static MyCurriculumView of(LearnerPosition p) {
        return new MyCurriculumView(p.curriculumId(), p.code(), p.title(), p.description(), p.programmeName(),
                p.startsOn(), p.plannedEnd(), p.trainingHours(), p.items().stream()
                .map(i -> new ItemView(i.courseId(), i.title(), i.required(), i.prerequisites(), i.status().name(),
                        i.lessonsDone(), i.lessonCount(), i.minutes(), i.plannedStart(), i.plannedEnd(),
                        i.available()))
                .toList(), p.done(), p.inProgress(), p.notStarted(), p.locked(), p.requiredCount(), p.requiredDone(),
                p.percentRequiredDone(), p.nextCourseId(), p.behind());
    }
}
