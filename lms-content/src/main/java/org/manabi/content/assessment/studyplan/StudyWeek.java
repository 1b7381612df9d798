package org.manabi.content.assessment.studyplan;

import java.time.LocalDate;
import java.util.List;

/**
 * One week of the plan.
 *
 * @param monday          the week's Monday
 * @param studyDays       weekdays of the week inside the plan's dates and outside the breaks
 * @param capacityMinutes the week's share of the weekly budget: budget × studyDays / 5
 */
public record StudyWeek(LocalDate monday, int studyDays, int capacityMinutes, List<PlannedLesson> lessons) {

    public StudyWeek {
        lessons = List.copyOf(lessons);
    }

    public int plannedMinutes() {
        return lessons.stream().mapToInt(PlannedLesson::minutes).sum();
    }
}
