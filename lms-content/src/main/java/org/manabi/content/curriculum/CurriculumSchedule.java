package org.manabi.content.curriculum;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan of a curriculum: from a start day (usually the cohort's first day), the pace and the
 * breaks, the day each item is planned to start and to end. Pure; no database, no clock.
 *
 * <p>The rules, after the long-programme specifications (R4.2):
 * <ul>
 *   <li>Study days are Monday to Friday outside the breaks. A study day holds up to
 *       {@code hoursPerDay}; a calendar month up to {@code hoursPerMonth}, so a month with 22
 *       weekdays at 3 h a day still plans 60 h, not 66.</li>
 *   <li>Items follow one another in their order; the next item starts in the time left on the day
 *       the previous one ends.</li>
 *   <li>An item's length is its course's estimated hours, in minutes. The plan counts real
 *       minutes; {@link #trainingHours(int)} applies the rule that 45 to 59 minutes count as one
 *       training hour, for the hours a learner is credited with.</li>
 *   <li>Optional items are planned too when {@code includeOptional} is true (the service does
 *       this, so a learner who takes them is not shown as behind); otherwise they get no dates and
 *       take no time.</li>
 * </ul>
 */
public final class CurriculumSchedule {

    /** A curriculum that could never end (every day a break) is refused rather than looped on. */
    private static final int MAX_DAYS = 366 * 10;

    /** One item to plan: its length in minutes and whether it is required. */
    public record Item(int minutes, boolean required) {

        public Item {
            if (minutes < 0) {
                throw new IllegalArgumentException("minutes cannot be negative");
            }
        }

        /** From a course's estimated hours (whole or half hours). */
        public static Item ofHours(double hours, boolean required) {
            return new Item((int) Math.round(hours * 60), required);
        }
    }

    /** Where one item falls; both days are null for an optional item left out of the plan. */
    public record PlannedItem(LocalDate startsOn, LocalDate endsOn, int minutes) {

        public boolean planned() {
            return startsOn != null;
        }
    }

    /** The whole plan: one entry per item, in order, and the last planned day (null if none). */
    public record Plan(List<PlannedItem> items, LocalDate endsOn, int minutes) {

        public Plan {
            items = List.copyOf(items);
        }

        public int trainingHours() {
            return CurriculumSchedule.trainingHours(minutes);
        }
    }

    private CurriculumSchedule() {
    }

    public static Plan plan(LocalDate start, Pace pace, List<BreakPeriod> breaks, List<Item> items,
                            boolean includeOptional) {
        int dayMinutes = pace.hoursPerDay() * 60;
        int monthMinutes = pace.hoursPerMonth() * 60;
        LocalDate day = start;
        YearMonth month = YearMonth.from(day);
        int usedThisMonth = 0;
        int usedToday = 0;
        int total = 0;
        LocalDate lastDay = null;
        List<PlannedItem> planned = new ArrayList<>();
        for (Item item : items) {
            if (!item.required() && !includeOptional) {
                planned.add(new PlannedItem(null, null, item.minutes()));
                continue;
            }
            int left = item.minutes();
            LocalDate first = null;
            while (true) {
                if (!YearMonth.from(day).equals(month)) {
                    month = YearMonth.from(day);
                    usedThisMonth = 0;
                }
                int room = Math.min(dayMinutes - usedToday, monthMinutes - usedThisMonth);
                if (studyDay(day, breaks) && room > 0 && (left > 0 || first == null)) {
                    if (first == null) {
                        first = day;
                    }
                    int used = Math.min(room, left);
                    left -= used;
                    usedToday += used;
                    usedThisMonth += used;
                    if (left == 0) {
                        break;
                    }
                }
                day = day.plusDays(1);
                usedToday = 0;
                if (day.isAfter(start.plusDays(MAX_DAYS))) {
                    throw new IllegalArgumentException("the breaks leave no study days");
                }
            }
            planned.add(new PlannedItem(first, day, item.minutes()));
            total += item.minutes();
            lastDay = day;
        }
        return new Plan(planned, lastDay, total);
    }

    /** Whether learners are planned to study on {@code day}: a weekday outside every break. */
    public static boolean studyDay(LocalDate day, List<BreakPeriod> breaks) {
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            return false;
        }
        return breaks.stream().noneMatch(period -> period.contains(day));
    }

    /** Training hours credited for {@code minutes}: whole hours, and 45 to 59 minutes left count as one more. */
    public static int trainingHours(int minutes) {
        return minutes / 60 + (minutes % 60 >= 45 ? 1 : 0);
    }
}
