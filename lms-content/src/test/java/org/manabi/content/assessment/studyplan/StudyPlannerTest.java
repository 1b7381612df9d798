package org.manabi.content.assessment.studyplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.manabi.content.assessment.placement.PlacementScale;
import org.manabi.content.catalog.Level;
import org.manabi.content.curriculum.BreakPeriod;

/**
 * A five-month run from Monday 2025-10-06 to Friday 2026-03-06 with the new-year break
 * (12-29..01-03, which in 2025/26 is the whole week of Monday 29 December) at 60 h a month.
 */
class StudyPlannerTest {

    static final LocalDate START = LocalDate.parse("2025-10-06");
    static final LocalDate END = LocalDate.parse("2026-03-06");
    static final List<BreakPeriod> NEW_YEAR = List.of(BreakPeriod.parse("12-29", "01-03").orElseThrow());
    static final int SIXTY_HOURS_A_MONTH = StudyPlanRequest.minutesPerWeekFromMonthly(60);

    static PlanCourse course(String id, Level level, int lessons, int minutes) {
        List<PlanCourse.Lesson> list = new ArrayList<>();
        for (int i = 1; i <= lessons; i++) {
            list.add(new PlanCourse.Lesson(id + "-L" + i, minutes));
        }
        return new PlanCourse(id, level, list);
    }

    /** Kana (no level), then vocabulary, kanji and grammar of N5 to N2, growing with the level. */
    static List<PlanCourse> courses() {
        List<PlanCourse> courses = new ArrayList<>();
        courses.add(course("KANA", null, 5, 30));
        int[] lessons = {10, 20, 30, 40};
        Level[] levels = {Level.JLPT_N5, Level.JLPT_N4, Level.JLPT_N3, Level.JLPT_N2};
        for (int i = 0; i < levels.length; i++) {
            for (String part : List.of("VOCAB", "KANJI", "GRAMMAR")) {
                courses.add(course(levels[i].name() + "-" + part, levels[i], lessons[i], 45));
            }
        }
        return courses;
    }

    static StudyPlanRequest request(Level placed, Level target, int minutesPerWeek) {
        return new StudyPlanRequest(placed, target, minutesPerWeek, START, END, NEW_YEAR, courses());
    }

    static StudyWeek week(StudyPlan plan, String monday) {
        return plan.weeks().stream().filter(w -> w.monday().equals(LocalDate.parse(monday))).findFirst().orElseThrow();
    }

    @Test
    void sixtyHoursAMonthIsAboutFourteenAWeek() {
        assertEquals(831, SIXTY_HOURS_A_MONTH);
    }

    @Test
    void startsAtThePlacedLevelAndStopsAtTheTarget() {
        StudyPlan plan = StudyPlanner.plan(request(Level.JLPT_N4, Level.JLPT_N3, SIXTY_HOURS_A_MONTH));
        assertEquals(List.of("JLPT_N5-VOCAB", "JLPT_N5-KANJI", "JLPT_N5-GRAMMAR"), plan.skippedCourseIds());
        assertEquals(List.of("JLPT_N2-VOCAB", "JLPT_N2-KANJI", "JLPT_N2-GRAMMAR"), plan.leftOutCourseIds());
        List<LessonRef> order = plan.lessonOrder();
        assertEquals(new LessonRef("KANA", "KANA-L1"), order.get(0));
        assertEquals(new LessonRef("JLPT_N4-VOCAB", "JLPT_N4-VOCAB-L1"), order.get(5));
        assertEquals(5 + 60 + 90, order.size());
        assertEquals(150 + 150 * 45, plan.totalMinutes());
        assertTrue(plan.reachable());
    }

    @Test
    void noWeekHoldsMoreThanTheBudgetAndTheBreakWeekIsEmpty() {
        StudyPlan plan = StudyPlanner.plan(request(Level.JLPT_N4, Level.JLPT_N2, SIXTY_HOURS_A_MONTH));
        assertEquals(LocalDate.parse("2025-10-06"), plan.weeks().get(0).monday());
        assertEquals(LocalDate.parse("2026-03-02"), plan.weeks().get(plan.weeks().size() - 1).monday());
        for (StudyWeek w : plan.weeks()) {
            assertTrue(w.plannedMinutes() <= w.capacityMinutes(), w.toString());
            assertTrue(w.capacityMinutes() <= SIXTY_HOURS_A_MONTH);
        }
        StudyWeek newYear = week(plan, "2025-12-29");
        assertEquals(0, newYear.studyDays());
        assertEquals(0, newYear.capacityMinutes());
        assertTrue(newYear.lessons().isEmpty());
        assertTrue(week(plan, "2025-12-22").plannedMinutes() > 700, "the week before the break is used");
        assertTrue(week(plan, "2026-01-05").plannedMinutes() > 700, "the week after the break is used");
        assertTrue(plan.reachable(), plan.unscheduled().toString());
        assertTrue(plan.finishesOn().isAfter(LocalDate.parse("2026-01-05")));
        assertTrue(plan.finishesOn().isBefore(END));
        assertTrue(plan.minutesPerWeekNeeded().getAsInt() <= SIXTY_HOURS_A_MONTH);
    }

    @Test
    void anUnreachableTargetSaysWhatWeeklyTimeWouldReachIt() {
        StudyPlanRequest slow = request(null, Level.JLPT_N2, StudyPlanRequest.minutes(8));
        StudyPlan plan = StudyPlanner.plan(slow);
        assertTrue(plan.skippedCourseIds().isEmpty());
        assertFalse(plan.reachable());
        assertFalse(plan.unscheduled().isEmpty());
        assertTrue(plan.finishesOn().isAfter(END), "continues past the end at 8 h: " + plan.finishesOn());
        int needed = plan.minutesPerWeekNeeded().getAsInt();
        assertTrue(needed > 8 * 60 && needed < 14 * 60, "needed " + needed);
        assertTrue(StudyPlanner.plan(slow.withMinutesPerWeek(needed)).reachable());
        assertFalse(StudyPlanner.plan(slow.withMinutesPerWeek(needed - 15)).reachable());
        assertEquals((needed + 29) / 30, plan.halfHoursPerWeekNeeded().getAsInt());
        int scheduled = plan.weeks().stream().mapToInt(w -> w.lessons().size()).sum();
        assertEquals(5 + 300, scheduled + plan.unscheduled().size());
    }

    @Test
    void aCohortWithNoStudyDayLeftCannotBeReachedAtAnyBudget() {
        StudyPlanRequest inBreak = new StudyPlanRequest(null, Level.JLPT_N5, 600, LocalDate.parse("2025-12-29"),
                LocalDate.parse("2026-01-02"), NEW_YEAR, courses());
        StudyPlan plan = StudyPlanner.plan(inBreak);
        assertFalse(plan.reachable());
        assertTrue(plan.minutesPerWeekNeeded().isEmpty());
    }

    @Test
    void replanningAfterFallingBehindSpreadsTheRestFromToday() {
        StudyPlanRequest request = request(Level.JLPT_N4, Level.JLPT_N2, SIXTY_HOURS_A_MONTH);
        StudyPlan plan = StudyPlanner.plan(request);
        Set<LessonRef> done = doneInFirstWeeks(plan, 4);
        LocalDate today = LocalDate.parse("2025-11-17");
        int dueMissed = 0;
        for (int i = 4; i < 6; i++) {
            dueMissed += plan.weeks().get(i).lessons().size();
        }
        Replan replan = StudyPlanner.replan(plan, request, done, today);
        assertTrue(replan.behind());
        assertEquals(dueMissed, replan.behindLessons());
        assertEquals(dueMissed * 45, replan.behindMinutes());
        assertEquals(plan.lessonOrder().size() - done.size(), replan.remainingLessons());
        assertFalse(replan.overBudget(), "there was room to catch up before the end date");
        assertEquals(SIXTY_HOURS_A_MONTH, replan.newMinutesPerWeek());
        StudyPlan next = replan.plan();
        assertEquals(today, next.weeks().get(0).monday());
        assertTrue(next.reachable());
        assertTrue(next.lessonOrder().stream().noneMatch(done::contains));
        assertEquals(remainingInOrder(plan, done), next.lessonOrder());
        next.weeks().forEach(w -> assertTrue(w.plannedMinutes() <= w.capacityMinutes()));
        assertTrue(week(next, "2025-12-29").lessons().isEmpty());
    }

    @Test
    void fallingFarBehindRaisesTheWeeklyLoadAndNeverPlansInThePast() {
        StudyPlanRequest request = request(Level.JLPT_N4, Level.JLPT_N2, SIXTY_HOURS_A_MONTH);
        StudyPlan plan = StudyPlanner.plan(request);
        Set<LessonRef> done = doneInFirstWeeks(plan, 4);
        LocalDate wednesday = LocalDate.parse("2026-01-21");
        Replan replan = StudyPlanner.replan(plan, request, done, wednesday);
        assertTrue(replan.overBudget());
        assertTrue(replan.newMinutesPerWeek() > SIXTY_HOURS_A_MONTH);
        assertTrue(replan.behindLessons() > 100, "behind by " + replan.behindLessons());
        StudyPlan next = replan.plan();
        assertTrue(next.reachable());
        StudyWeek first = next.weeks().get(0);
        assertEquals(LocalDate.parse("2026-01-19"), first.monday());
        assertEquals(3, first.studyDays(), "Wednesday to Friday only");
        assertEquals(replan.newMinutesPerWeek() * 3 / 5, first.capacityMinutes());
        for (StudyWeek w : next.weeks()) {
            assertFalse(w.monday().isBefore(StudyPlanner.monday(wednesday)));
            assertTrue(w.plannedMinutes() <= w.capacityMinutes());
            assertFalse(w.lessons().isEmpty(), "the rest is spread over every remaining week: " + w.monday());
        }
        assertEquals(remainingInOrder(plan, done), next.lessonOrder());
    }

    @Test
    void aLessonLongerThanAWeeksBudgetIsSplitAndPartialBreaksShrinkAWeek() {
        List<BreakPeriod> wednesdayToFriday = List.of(BreakPeriod.parse("08-12", "08-14").orElseThrow());
        PlanCourse project = new PlanCourse("PROJECT", null, List.of(new PlanCourse.Lesson("big", 500),
                new PlanCourse.Lesson("small", 60)));
        StudyPlanRequest request = new StudyPlanRequest(null, null, 300, LocalDate.parse("2026-08-10"),
                LocalDate.parse("2026-09-30"), wednesdayToFriday, List.of(project));
        StudyPlan plan = StudyPlanner.plan(request);
        StudyWeek shortWeek = plan.weeks().get(0);
        assertEquals(2, shortWeek.studyDays());
        assertEquals(120, shortWeek.capacityMinutes());
        assertEquals(List.of(new PlannedLesson("PROJECT", "big", 120, 1)), shortWeek.lessons());
        assertEquals(List.of(new PlannedLesson("PROJECT", "big", 300, 2)), plan.weeks().get(1).lessons());
        assertEquals(List.of(new PlannedLesson("PROJECT", "big", 80, 3), new PlannedLesson("PROJECT", "small", 60, 1)),
                plan.weeks().get(2).lessons());
        assertEquals(List.of(new LessonRef("PROJECT", "big"), new LessonRef("PROJECT", "small")), plan.lessonOrder());
        Replan replan = StudyPlanner.replan(plan, request, List.of(), LocalDate.parse("2026-08-24"));
        assertEquals(1, replan.behindLessons());
        assertEquals(420, replan.behindMinutes());
        assertEquals(500, replan.plan().weeks().stream().flatMap(w -> w.lessons().stream())
                .filter(l -> l.lessonId().equals("big")).mapToInt(PlannedLesson::minutes).sum());
    }

    @Test
    void nextLevelUpFollowsThePlacement() {
        PlacementScale jlpt = PlacementScale.JLPT;
        assertEquals(Level.JLPT_N5, StudyPlanner.nextLevelUp(jlpt, jlpt.band(-5)));
        assertEquals(Level.JLPT_N4, StudyPlanner.nextLevelUp(jlpt, jlpt.band(-2)));
        assertEquals(Level.JLPT_N2, StudyPlanner.nextLevelUp(jlpt, jlpt.band(1)));
        assertEquals(Level.JLPT_N2, StudyPlanner.nextLevelUp(jlpt, jlpt.band(4)));
    }

    @Test
    void aPlanWithNothingLeftToStudyIsEmptyAndReachable() {
        StudyPlan plan = StudyPlanner.plan(new StudyPlanRequest(Level.JLPT_N2, Level.JLPT_N2, 600, START, END, NEW_YEAR,
                List.of(course("JLPT_N3-VOCAB", Level.JLPT_N3, 3, 45))));
        assertTrue(plan.reachable());
        assertEquals(0, plan.totalMinutes());
        assertNull(plan.finishesOn());
        assertEquals(0, plan.minutesPerWeekNeeded().getAsInt());
    }

    private static Set<LessonRef> doneInFirstWeeks(StudyPlan plan, int weeks) {
        Set<LessonRef> done = new HashSet<>();
        for (int i = 0; i < weeks; i++) {
            plan.weeks().get(i).lessons().forEach(l -> done.add(l.ref()));
        }
        return done;
    }

    private static List<LessonRef> remainingInOrder(StudyPlan plan, Set<LessonRef> done) {
        return plan.lessonOrder().stream().filter(l -> !done.contains(l)).toList();
    }

    @Test
    void refusesARequestThatCannotBePlanned() {
        IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class,
                () -> new StudyPlanRequest(null, null, 600, END, START, NEW_YEAR, courses()));
        assertTrue(backwards.getMessage().startsWith("end:"));
        assertThrows(IllegalArgumentException.class,
                () -> new StudyPlanRequest(null, null, 0, START, END, NEW_YEAR, courses()));
        assertThrows(IllegalArgumentException.class,
                () -> new StudyPlanRequest(null, null, 600, START, END, NEW_YEAR,
                        List.of(course("A", null, 2, 30), course("A", null, 1, 30))));
        assertThrows(IllegalArgumentException.class,
                () -> new PlanCourse.Lesson("x", 0));
    }
}
