package org.manabi.content.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner: study days, the daily and monthly pace, yearly breaks, and the 45-minute rule. */
class CurriculumScheduleTest {

    private static final Pace FULL_TIME = new Pace(60, 3);
    private static final List<BreakPeriod> BREAKS = List.of(
            BreakPeriod.parse("08-13", "08-15").orElseThrow(),
            BreakPeriod.parse("12-29", "01-03").orElseThrow());

    @Test
    void threeHundredHoursAtSixtyAMonthTakeFiveMonthsAroundTheNewYearBreak() {
        List<CurriculumSchedule.Item> fiveCourses = Collections.nCopies(5, CurriculumSchedule.Item.ofHours(60, true));
        CurriculumSchedule.Plan plan = CurriculumSchedule.plan(LocalDate.of(2026, 9, 1), FULL_TIME, BREAKS,
                fiveCourses, true);

        assertEquals(300, plan.trainingHours());
        // 20 study days of 3 h fill each month's 60 h; the rest of the month waits.
        assertPlanned(plan.items().get(0), "2026-09-01", "2026-09-28");
        assertPlanned(plan.items().get(1), "2026-10-01", "2026-10-28");
        assertPlanned(plan.items().get(2), "2026-11-02", "2026-11-27");
        assertPlanned(plan.items().get(3), "2026-12-01", "2026-12-28");
        // Dec 29 to Jan 3 is a break: the last course starts on Monday Jan 4.
        assertPlanned(plan.items().get(4), "2027-01-04", "2027-01-29");
        assertEquals(LocalDate.of(2027, 1, 29), plan.endsOn());
    }

    @Test
    void theObonBreakPushesTheEndBack() {
        List<CurriculumSchedule.Item> one = List.of(CurriculumSchedule.Item.ofHours(60, true));
        LocalDate start = LocalDate.of(2026, 8, 3);

        assertEquals(LocalDate.of(2026, 8, 28), CurriculumSchedule.plan(start, FULL_TIME, List.of(), one, true)
                .endsOn());
        // Aug 13-14 are lost; Aug 31 and Sep 1 make them up.
        assertEquals(LocalDate.of(2026, 9, 1), CurriculumSchedule.plan(start, FULL_TIME, BREAKS, one, true).endsOn());
    }

    @Test
    void itemsShareADayAndOptionalItemsCanBeLeftOut() {
        List<CurriculumSchedule.Item> items = List.of(
                new CurriculumSchedule.Item(90, true),
                new CurriculumSchedule.Item(120, false),
                new CurriculumSchedule.Item(120, true));
        LocalDate monday = LocalDate.of(2026, 9, 7);

        CurriculumSchedule.Plan all = CurriculumSchedule.plan(monday, FULL_TIME, BREAKS, items, true);
        assertPlanned(all.items().get(0), "2026-09-07", "2026-09-07");
        assertPlanned(all.items().get(1), "2026-09-07", "2026-09-08");
        assertPlanned(all.items().get(2), "2026-09-08", "2026-09-08");

        CurriculumSchedule.Plan required = CurriculumSchedule.plan(monday, FULL_TIME, BREAKS, items, false);
        assertFalse(required.items().get(1).planned());
        assertNull(required.items().get(1).endsOn());
        assertPlanned(required.items().get(2), "2026-09-07", "2026-09-08");
        assertEquals(210, required.minutes());
    }

    @Test
    void weekendsAndBreaksAreNotStudyDays() {
        assertFalse(CurriculumSchedule.studyDay(LocalDate.of(2026, 9, 5), BREAKS), "Saturday");
        assertFalse(CurriculumSchedule.studyDay(LocalDate.of(2026, 12, 30), BREAKS));
        assertFalse(CurriculumSchedule.studyDay(LocalDate.of(2027, 1, 1), BREAKS), "a break over the new year");
        assertTrue(CurriculumSchedule.studyDay(LocalDate.of(2027, 1, 4), BREAKS));
        assertTrue(CurriculumSchedule.studyDay(LocalDate.of(2026, 8, 12), BREAKS));
        assertFalse(CurriculumSchedule.studyDay(LocalDate.of(2026, 8, 13), BREAKS));
    }

    @Test
    void fortyFiveToFiftyNineMinutesCountAsOneTrainingHour() {
        assertEquals(0, CurriculumSchedule.trainingHours(44));
        assertEquals(1, CurriculumSchedule.trainingHours(45));
        assertEquals(1, CurriculumSchedule.trainingHours(59));
        assertEquals(1, CurriculumSchedule.trainingHours(100));
        assertEquals(2, CurriculumSchedule.trainingHours(105));
    }

    @Test
    void breaksAreDaysOfTheYearAndAPlanMustBeAbleToEnd() {
        assertTrue(BreakPeriod.parse("02-30", "03-01").isEmpty());
        assertTrue(BreakPeriod.parse("8-13", "08-15").isEmpty());
        List<BreakPeriod> wholeYear = List.of(BreakPeriod.parse("01-01", "12-31").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> CurriculumSchedule.plan(LocalDate.of(2026, 9, 1),
                FULL_TIME, wholeYear, List.of(new CurriculumSchedule.Item(60, true)), true));
    }

    private static void assertPlanned(CurriculumSchedule.PlannedItem item, String start, String end) {
        assertEquals(LocalDate.parse(start), item.startsOn(), "start");
        assertEquals(LocalDate.parse(end), item.endsOn(), "end");
    }
}
