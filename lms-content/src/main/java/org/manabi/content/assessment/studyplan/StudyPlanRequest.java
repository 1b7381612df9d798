package org.manabi.content.assessment.studyplan;

import java.time.LocalDate;
import java.util.List;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.manabi.content.catalog.Level;
import org.manabi.content.curriculum.BreakPeriod;

/**
 * What a plan is made from.
 *
 * @param placedLevel    the level the placement found, or null below its easiest level; courses
 *                       of the same ladder below it are skipped
 * @param targetLevel    the last level to reach (the cohort's goal, or
 *                       {@link StudyPlanner#nextLevelUp}), or null for every candidate course;
 *                       courses of the same ladder above it are left out
 * @param minutesPerWeek the time the learner says they have each week
 * @param start          the first day of the plan
 * @param end            the cohort's last day
 * @param breaks         days off that come back every year, as in the curriculum's schedule
 * @param courses        the candidate courses in study order
 */
public record StudyPlanRequest(Level placedLevel, Level targetLevel, int minutesPerWeek, LocalDate start,
                               LocalDate end, List<BreakPeriod> breaks, List<PlanCourse> courses) {

    /** At most a week of hours: 7 × 24 h. */
    static final int MAX_MINUTES_PER_WEEK = 7 * 24 * 60;

    public StudyPlanRequest {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end: must not be before start");
        }
        if (minutesPerWeek < 1 || minutesPerWeek > MAX_MINUTES_PER_WEEK) {
            throw new IllegalArgumentException("minutesPerWeek: must be 1 to " + MAX_MINUTES_PER_WEEK);
        }
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
        courses = List.copyOf(courses);
        Set<LessonRef> seen = new HashSet<>();
        for (PlanCourse course : courses) {
            for (PlanCourse.Lesson lesson : course.lessons()) {
                if (!seen.add(new LessonRef(course.courseId(), lesson.lessonId()))) {
                    throw new IllegalArgumentException("courses: lesson " + lesson.lessonId() + " of course "
                            + course.courseId() + " appears twice");
                }
            }
        }
    }

    /** The hours a learner types, e.g. 7.5, in whole minutes. */
    public static int minutes(double hoursPerWeek) {
        return (int) Math.round(hoursPerWeek * 60);
    }

    /** A monthly pace such as a curriculum's 60 h as a weekly one: 12 months over 52 weeks. */
    public static int minutesPerWeekFromMonthly(int hoursPerMonth) {
        return (int) Math.round(hoursPerMonth * 60 * 12 / 52.0);
    }

    public StudyPlanRequest withMinutesPerWeek(int minutes) {
        return new StudyPlanRequest(placedLevel, targetLevel, minutes, start, end, breaks, courses);
    }
}
