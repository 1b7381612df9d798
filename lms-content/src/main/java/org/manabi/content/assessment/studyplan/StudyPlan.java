package org.manabi.content.assessment.studyplan;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * A week-by-week plan.
 *
 * @param weeks                every week from the plan's first to the end date, empty weeks
 *                             (breaks, time left over) included
 * @param unscheduled          lessons that do not fit before the end date at this weekly budget
 * @param minutesPerWeek       the weekly budget the plan was made with
 * @param minutesPerWeekNeeded the least weekly budget (in steps of 15 minutes) that fits every
 *                             lesson before the end date; empty when no budget would, because no
 *                             study day is left
 * @param finishesOn           the Friday of the week the last lesson is planned, continuing past
 *                             the end date at the same budget where needed; null with no lessons
 * @param skippedCourseIds     courses below the placed level
 * @param leftOutCourseIds     courses above the target level
 */
public record StudyPlan(List<StudyWeek> weeks, List<PlannedLesson> unscheduled, int totalMinutes,
                        int minutesPerWeek, OptionalInt minutesPerWeekNeeded, LocalDate finishesOn,
                        List<String> skippedCourseIds, List<String> leftOutCourseIds) {

    public StudyPlan {
        weeks = List.copyOf(weeks);
        unscheduled = List.copyOf(unscheduled);
        skippedCourseIds = List.copyOf(skippedCourseIds);
        leftOutCourseIds = List.copyOf(leftOutCourseIds);
    }

    /** Whether every lesson fits before the end date at the learner's budget. */
    public boolean reachable() {
        return unscheduled.isEmpty();
    }

    /** Every planned lesson (parts of a split lesson once), in order, then the unscheduled ones. */
    public List<LessonRef> lessonOrder() {
        return Stream.concat(weeks.stream().flatMap(w -> w.lessons().stream()), unscheduled.stream())
                .map(PlannedLesson::ref).distinct().toList();
    }

    /** {@link #minutesPerWeekNeeded} as hours, rounded up to the half hour, for display. */
    public OptionalInt halfHoursPerWeekNeeded() {
        return minutesPerWeekNeeded.isPresent()
                ? OptionalInt.of((minutesPerWeekNeeded.getAsInt() + 29) / 30) : OptionalInt.empty();
    }
}
