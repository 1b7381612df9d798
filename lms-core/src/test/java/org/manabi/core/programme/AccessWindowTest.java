package org.manabi.core.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccessWindowTest {

    private final Cohort term2 = new Cohort(1, "Term 2", LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-31"),
            100, 0, null);

    @Test
    void aCohortWindowIncludesItsLastDayAndNotTheNext() {
        Programme byCohort = new Programme("p", "P", null, OrganisationCap.none(), null);
        AccessWindow window = AccessWindow.of(byCohort, term2, LocalDate.parse("2026-10-20"));
        assertFalse(window.allowsStudyOn(LocalDate.parse("2026-10-31")));
        assertTrue(window.allowsStudyOn(LocalDate.parse("2026-11-01")));
        assertTrue(window.allowsStudyOn(LocalDate.parse("2026-12-31")));
        assertFalse(window.allowsStudyOn(LocalDate.parse("2027-01-01")), "the first day after the window");
    }

    @Test
    void aWindowOfTwoMonthsRunsFromTheIssueDay() {
        Programme twoMonths = new Programme("p", "P", null, OrganisationCap.none(), 2);
        AccessWindow window = AccessWindow.of(twoMonths, term2, LocalDate.parse("2026-11-15"));
        assertEquals(new AccessWindow(LocalDate.parse("2026-11-15"), LocalDate.parse("2027-01-14")), window);
        assertEquals(1, window.daysLeft(LocalDate.parse("2027-01-14")));
        assertEquals(0, window.daysLeft(LocalDate.parse("2027-01-15")));
    }

    @Test
    void monthsThatEndEarlyEndTheWindowOnTheirLastDay() {
        Programme oneMonth = new Programme("p", "P", null, OrganisationCap.none(), 1);
        assertEquals(LocalDate.parse("2027-02-28"), AccessWindow.of(oneMonth, term2, LocalDate.parse("2027-01-31"))
                .lastDay());
        assertEquals(LocalDate.parse("2027-02-28"), AccessWindow.of(oneMonth, term2, LocalDate.parse("2027-01-29"))
                .lastDay());
        assertEquals(LocalDate.parse("2027-02-27"), AccessWindow.of(oneMonth, term2, LocalDate.parse("2027-01-28"))
                .lastDay());
        Programme sixMonths = new Programme("p", "P", null, OrganisationCap.none(), 6);
        assertEquals(LocalDate.parse("2027-02-28"), AccessWindow.of(sixMonths, term2, LocalDate.parse("2026-08-31"))
                .lastDay());
    }

    @Test
    void theDayIsTheDayInTokyo() {
        Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-12-31T15:30:00Z"), SeatAllocation.PROGRAMME_ZONE);
        LocalDate tokyoDay = LocalDate.now(lateEveningUtc);
        assertEquals(LocalDate.parse("2027-01-01"), tokyoDay, "00:30 in Tokyo is already the next day");
        assertFalse(AccessWindow.of(new Programme("p", "P", null, OrganisationCap.none(), null), term2,
                LocalDate.parse("2026-11-01")).allowsStudyOn(tokyoDay));
    }

    @Test
    void badDatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AccessWindow(LocalDate.parse("2026-12-31"),
                LocalDate.parse("2026-11-01")));
        assertThrows(IllegalArgumentException.class, () -> new Cohort(1, "x", LocalDate.parse("2026-12-31"),
                LocalDate.parse("2026-11-01"), 10, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new Cohort(1, "x", LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-12-31"), 10, 11, null), "a reserve larger than the cohort");
    }
}
