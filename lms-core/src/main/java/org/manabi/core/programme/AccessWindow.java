package org.manabi.core.programme;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a learner may study, both ends included, in the programme's own time zone (Asia/Tokyo).
 * Outside it they can still sign in and see their record, but not study.
 */
public record AccessWindow(LocalDate firstDay, LocalDate lastDay) {

    public AccessWindow {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("the last day comes on or after the first");
        }
    }

    /**
     * The cohort's dates, or {@code accessMonths} from the day the seat was issued when the programme
     * says so: up to the day before the same day N months later, or to the end of that month when it
     * has no such day (issued Jan 31 for one month: to Feb 28).
     */
    public static AccessWindow of(Programme programme, Cohort cohort, LocalDate issuedOn) {
        if (programme.accessMonths() != null) {
            LocalDate sameDayLater = issuedOn.plusMonths(programme.accessMonths());
            boolean clampedToMonthEnd = sameDayLater.getDayOfMonth() != issuedOn.getDayOfMonth();
            return new AccessWindow(issuedOn, clampedToMonthEnd ? sameDayLater : sameDayLater.minusDays(1));
        }
        return new AccessWindow(cohort.startsOn(), cohort.endsOn());
    }

    public boolean allowsStudyOn(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /** Days of study left, counting today; 0 once the window has closed. */
    public long daysLeft(LocalDate today) {
        if (today.isAfter(lastDay)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(today.isBefore(firstDay) ? firstDay : today, lastDay) + 1;
    }
}
