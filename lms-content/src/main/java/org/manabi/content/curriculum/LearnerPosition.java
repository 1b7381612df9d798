package org.manabi.content.curriculum;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a learner stands in one curriculum today.
 *
 * @param startsOn            the first day of their plan
 * @param plannedEnd          the last planned day (null for an empty curriculum)
 * @param trainingHours       hours of the whole plan, 45 to 59 minutes counting as one hour
 * @param percentRequiredDone required items done, as a whole percentage (100 when none are required)
 * @param nextCourseId        the first item in order that is neither done nor locked; null when none
 * @param behind              whether a required item planned to end before today is not done
 */
public record LearnerPosition(
        long curriculumId,
        String code,
        String title,
        String description,
        String programmeName,
        LocalDate startsOn,
        LocalDate plannedEnd,
        int trainingHours,
        List<Item> items,
        int done,
        int inProgress,
        int notStarted,
        int locked,
        int requiredCount,
        int requiredDone,
        int percentRequiredDone,
        Long nextCourseId,
        boolean behind) {

    public LearnerPosition {
        items = List.copyOf(items);
    }

    /**
     * One item as this learner sees it.
     *
     * @param available whether the learner can open the course (it may have been archived before they began)
     */
    public record Item(long courseId, String title, boolean required, List<Long> prerequisites, ItemStatus status,
                       int lessonsDone, int lessonCount, int minutes, LocalDate plannedStart, LocalDate plannedEnd,
                       boolean available) {

        public Item {
            prerequisites = List.copyOf(prerequisites);
        }
    }
}
