package org.manabi.web.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.manabi.content.assessment.placementtest.StudyPlans;
import org.manabi.content.assessment.studyplan.PlannedLesson;
import org.manabi.content.assessment.studyplan.Replan;
import org.manabi.content.assessment.studyplan.StudyPlan;
import org.manabi.content.assessment.studyplan.StudyWeek;

/**
 * A learner's study plan as of today: this week, then the weeks ahead. Lessons already done are
 * not in it.
 *
 * @param placedLevel         the level placed at, {@code BELOW_N5} below the easiest, null when not placed
 * @param reachable           whether every lesson fits before the end date at the learner's hours
 * @param hoursPerWeekNeeded  the hours a week that would reach the target (half hours), null when
 *                            no study day is left
 * @param behindLessons       lessons of past weeks not done yet
 * @param overBudget          true when catching up needs more than the learner's hours
 * @param newHoursPerWeek     the weekly load of the plan from today
 * @param thisWeek            the week of today; null after the end date
 * @param weeks               the weeks after this one
 * @param unscheduled         lessons that do not fit before the end date
 */
public record StudyPlanView(String scale, String placedLevel, String targetLevel, double hoursPerWeek,
                            LocalDate startDate, LocalDate endDate, LocalDate today, boolean reachable,
                            Double hoursPerWeekNeeded, int behindLessons, boolean behind, boolean overBudget,
                            double newHoursPerWeek, int completedLessons, int remainingLessons, LocalDate finishesOn,
                            WeekView thisWeek, List<WeekView> weeks, int unscheduled) {

    /** One week: Monday's date, its study days, and its lessons. */
    public record WeekView(LocalDate monday, int studyDays, int plannedMinutes, int capacityMinutes,
                           List<LessonView> lessons) {
    }

    /**
     * A lesson of a week; {@code part} is 2, 3 ... for the later parts of a lesson spread over weeks.
     * The browser opens it at {@code #/lesson/{lessonId}}.
     */
    public record LessonView(long lessonId, long courseId, String courseCode, String courseTitle, String title,
                             int minutes, int part) {
    }

    static StudyPlanView of(StudyPlans.Overview overview) {
        Replan replan = overview.replan();
        StudyPlan plan = replan.plan();
        LocalDate today = overview.today();
        WeekView thisWeek = null;
        List<WeekView> ahead = new ArrayList<>();
        for (StudyWeek week : plan.weeks()) {
            WeekView view = week(week, overview.lessons());
            if (!today.isBefore(week.monday()) && today.isBefore(week.monday().plusWeeks(1))) {
                thisWeek = view;
            } else if (week.monday().isAfter(today)) {
                ahead.add(view);
            }
        }
        boolean reachable = !replan.overBudget() && plan.reachable();
        Double needed = plan.minutesPerWeekNeeded().isPresent()
                ? Math.max(plan.minutesPerWeekNeeded().getAsInt(), 0) / 60.0 : null;
        if (needed != null) {
            needed = Math.ceil(needed * 2) / 2;
        }
        var settings = overview.settings();
        return new StudyPlanView(settings.scale(), overview.placedBand(),
                settings.targetLevel().name(), settings.minutesPerWeek() / 60.0, settings.startsOn(), settings.endsOn(),
                today, reachable, needed, replan.behindLessons(), replan.behind(), replan.overBudget(),
                replan.newMinutesPerWeek() / 60.0, overview.completedLessons(), replan.remainingLessons(),
                plan.finishesOn(), thisWeek, ahead, plan.unscheduled().size());
    }

    private static WeekView week(StudyWeek week, Map<String, StudyPlans.LessonInfo> lessons) {
        List<LessonView> views = new ArrayList<>();
        for (PlannedLesson planned : week.lessons()) {
            StudyPlans.LessonInfo info = lessons.get(planned.lessonId());
            if (info != null) {
                views.add(new LessonView(info.lessonId(), info.courseId(), info.courseCode(), info.courseTitle(),
                        info.title(), planned.minutes(), planned.part()));
            }
        }
        return new WeekView(week.monday(), week.studyDays(), week.plannedMinutes(), week.capacityMinutes(), views);
    }
}
