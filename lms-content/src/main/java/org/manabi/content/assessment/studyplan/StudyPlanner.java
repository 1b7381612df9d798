package org.manabi.content.assessment.studyplan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.manabi.content.assessment.placement.PlacementScale;
import org.manabi.content.catalog.Level;
import org.manabi.content.curriculum.BreakPeriod;
import org.manabi.content.curriculum.CurriculumSchedule;

/**
 * Makes a learner's study plan: which lessons in which week. Pure; no database, no clock (today is
 * an argument).
 *
 * <p>The rules:
 * <ul>
 *   <li>Courses are taken in the given order. A course on the same level ladder as the placed
 *       level (JLPT N5–N2, JFT A1–A2, beginner–advanced) and below it is skipped; one above the
 *       target level is left out; a course without a level, or on another ladder, stays.</li>
 *   <li>Weeks run Monday to Sunday. A week's study days are its weekdays inside the plan's dates
 *       and outside the breaks ({@link CurriculumSchedule#studyDay}), and its capacity is the
 *       weekly budget × study days / 5: a week inside a break gets nothing, the first week of a plan
 *       that starts on a Wednesday three fifths.</li>
 *   <li>Lessons go into weeks in order, whole: a lesson that does not fit in what is left of a week
 *       starts the next week. Only a lesson longer than a whole week's budget is split, each part
 *       filling a week. So no week holds more than its capacity.</li>
 *   <li>Lessons that would end after the end date are unscheduled: the target is not reachable at
 *       this budget, and the plan says which budget would reach it.</li>
 *   <li>Replanning starts at today (never in the past), drops what is done, and reports the lessons
 *       of past weeks not yet done. If the budget no longer fits the rest, the new plan uses the
 *       least load that does, and says so.</li>
 * </ul>
 */
public final class StudyPlanner {

    /** Level ladders, easiest first; a level's place only means something within its ladder. */
    private static final List<List<Level>> LADDERS = List.of(
            List.of(Level.JLPT_N5, Level.JLPT_N4, Level.JLPT_N3, Level.JLPT_N2),
            List.of(Level.JFT_A1, Level.JFT_A2),
            List.of(Level.BEGINNER, Level.INTERMEDIATE, Level.ADVANCED));

    /** Weekly budgets are searched in quarter hours. */
    private static final int STEP = 15;
    /** A plan that could never end (no study day for years) stops here. */
    private static final int MAX_WEEKS = 52 * 10;

    private StudyPlanner() {
    }

    /**
     * The target a learner reaches next: the level after the placed one; the easiest level for a
     * learner below it; the top level for a learner already there.
     */
    public static Level nextLevelUp(PlacementScale scale, PlacementScale.Band placed) {
        List<Level> levels = new ArrayList<>(scale.levels().keySet());
        if (placed.level() == null) {
            return levels.get(0);
        }
        int i = levels.indexOf(placed.level());
        return levels.get(Math.min(i + 1, levels.size() - 1));
    }

    public static StudyPlan plan(StudyPlanRequest request) {
        List<String> skipped = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        List<PlannedLesson> lessons = new ArrayList<>();
        for (PlanCourse course : request.courses()) {
            if (below(course.level(), request.placedLevel())) {
                skipped.add(course.courseId());
            } else if (below(request.targetLevel(), course.level())) {
                leftOut.add(course.courseId());
            } else {
                course.lessons().forEach(l -> lessons.add(new PlannedLesson(course.courseId(), l.lessonId(),
                        l.minutes(), 1)));
            }
        }
        return schedule(lessons, request.start(), request, request.minutesPerWeek(), skipped, leftOut);
    }

    /**
     * The plan again from {@code today} for the lessons of {@code previous} not in {@code completed}.
     *
     * @param previous  the plan the learner has been following
     * @param request   what it was made from (the budget, end date and breaks are used)
     * @param completed the learner's finished lessons; lessons not in the plan are ignored
     * @param today     the caller's clock's date; before the plan's start it counts as the start
     */
    public static Replan replan(StudyPlan previous, StudyPlanRequest request, Collection<LessonRef> completed,
                                LocalDate today) {
        Set<LessonRef> done = new HashSet<>(completed);
        LocalDate from = today.isBefore(request.start()) ? request.start() : today;
        LocalDate thisMonday = monday(from);
        Set<LessonRef> due = new HashSet<>();
        int behindMinutes = 0;
        for (StudyWeek week : previous.weeks()) {
            if (week.monday().isBefore(thisMonday)) {
                for (PlannedLesson l : week.lessons()) {
                    if (!done.contains(l.ref())) {
                        due.add(l.ref());
                        behindMinutes += l.minutes();
                    }
                }
            }
        }
        List<PlannedLesson> remaining = new ArrayList<>();
        Set<LessonRef> seen = new HashSet<>();
        List<PlannedLesson> all = new ArrayList<>();
        previous.weeks().forEach(w -> all.addAll(w.lessons()));
        all.addAll(previous.unscheduled());
        for (PlannedLesson l : all) {
            if (done.contains(l.ref())) {
                continue;
            }
            if (seen.add(l.ref())) {
                remaining.add(new PlannedLesson(l.courseId(), l.lessonId(), wholeMinutes(all, l.ref()), 1));
            }
        }
        int budget = request.minutesPerWeek();
        StudyPlan atBudget = schedule(remaining, from, request, budget, previous.skippedCourseIds(),
                previous.leftOutCourseIds());
        StudyPlan plan = atBudget;
        if (!atBudget.reachable() && atBudget.minutesPerWeekNeeded().isPresent()) {
            plan = schedule(remaining, from, request, atBudget.minutesPerWeekNeeded().getAsInt(),
                    previous.skippedCourseIds(), previous.leftOutCourseIds());
        }
        return new Replan(plan, due.size(), behindMinutes, remaining.size(), plan.minutesPerWeek(),
                plan.minutesPerWeek() > budget);
    }

    private static int wholeMinutes(List<PlannedLesson> all, LessonRef ref) {
        return all.stream().filter(l -> l.ref().equals(ref)).mapToInt(PlannedLesson::minutes).sum();
    }

    private static StudyPlan schedule(List<PlannedLesson> lessons, LocalDate from, StudyPlanRequest request,
                                      int minutesPerWeek, List<String> skipped, List<String> leftOut) {
        Packing packing = pack(lessons, from, request.end(), request.breaks(), minutesPerWeek);
        int total = lessons.stream().mapToInt(PlannedLesson::minutes).sum();
        OptionalInt needed = leastBudget(lessons, from, request, total);
        return new StudyPlan(packing.weeks, packing.unscheduled, total, minutesPerWeek, needed, packing.finishesOn,
                skipped, leftOut);
    }

    private static OptionalInt leastBudget(List<PlannedLesson> lessons, LocalDate from, StudyPlanRequest request,
                                           int total) {
        if (lessons.isEmpty()) {
            return OptionalInt.of(0);
        }
        int high = steps(Math.min(StudyPlanRequest.MAX_MINUTES_PER_WEEK * 5L, total * 5L));
        if (!fits(lessons, from, request, high * STEP)) {
            return OptionalInt.empty();
        }
        int low = 0;
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (fits(lessons, from, request, mid * STEP)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return OptionalInt.of(high * STEP);
    }

    private static int steps(long minutes) {
        return (int) ((minutes + STEP - 1) / STEP);
    }

    private static boolean fits(List<PlannedLesson> lessons, LocalDate from, StudyPlanRequest request, int budget) {
        return budget > 0 && pack(lessons, from, request.end(), request.breaks(), budget).unscheduled.isEmpty();
    }

    private record Packing(List<StudyWeek> weeks, List<PlannedLesson> unscheduled, LocalDate finishesOn) {
    }

    private static Packing pack(List<PlannedLesson> lessons, LocalDate from, LocalDate end, List<BreakPeriod> breaks,
                                int budget) {
        List<StudyWeek> weeks = new ArrayList<>();
        List<PlannedLesson> unscheduled = new ArrayList<>();
        LocalDate finishesOn = null;
        int next = 0;
        int leftOfLesson = lessons.isEmpty() ? 0 : lessons.get(0).minutes();
        int part = 1;
        LocalDate monday = monday(from);
        for (int w = 0; w < MAX_WEEKS && (next < lessons.size() || !monday.isAfter(end)); w++, monday = monday.plusWeeks(1)) {
            boolean afterEnd = monday.isAfter(end);
            int days = studyDays(monday, from, afterEnd ? null : end, breaks);
            int capacity = budget * days / 5;
            int room = capacity;
            List<PlannedLesson> inWeek = new ArrayList<>();
            while (next < lessons.size()) {
                PlannedLesson lesson = lessons.get(next);
                int minutes;
                if (leftOfLesson <= room) {
                    minutes = leftOfLesson;
                } else if (lesson.minutes() > budget && room > 0) {
                    minutes = room;
                } else {
                    break;
                }
                inWeek.add(new PlannedLesson(lesson.courseId(), lesson.lessonId(), minutes,
                        lesson.minutes() > budget ? part : 1));
                room -= minutes;
                leftOfLesson -= minutes;
                if (leftOfLesson == 0) {
                    next++;
                    part = 1;
                    leftOfLesson = next < lessons.size() ? lessons.get(next).minutes() : 0;
                } else {
                    part++;
                }
            }
            if (!inWeek.isEmpty()) {
                finishesOn = monday.plusDays(4);
            }
            if (afterEnd) {
                unscheduled.addAll(inWeek);
            } else {
                weeks.add(new StudyWeek(monday, days, capacity, inWeek));
            }
        }
        for (int i = next; i < lessons.size(); i++) {
            unscheduled.add(lessons.get(i));
            finishesOn = null;
        }
        return new Packing(weeks, unscheduled, finishesOn);
    }

    /** Weekdays of the week from {@code monday} on or after {@code from}, not after {@code end}, outside the breaks. */
    private static int studyDays(LocalDate monday, LocalDate from, LocalDate end, List<BreakPeriod> breaks) {
        int days = 0;
        for (int d = 0; d < 5; d++) {
            LocalDate day = monday.plusDays(d);
            if (!day.isBefore(from) && (end == null || !day.isAfter(end)) && CurriculumSchedule.studyDay(day, breaks)) {
                days++;
            }
        }
        return days;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Whether {@code level} is on the same ladder as {@code than} and below it. */
    private static boolean below(Level level, Level than) {
        if (level == null || than == null) {
            return false;
        }
        for (List<Level> ladder : LADDERS) {
            if (ladder.contains(level) && ladder.contains(than)) {
                return ladder.indexOf(level) < ladder.indexOf(than);
            }
        }
        return false;
    }
}
