package org.manabi.core.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.manabi.core.programme.Enrolments.State;

class EnrolmentStateTest {

    private final Cohort term = new Cohort(1, "Term 2", LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-31"),
            100, 0, null);
    private final AccessWindow window = new AccessWindow(term.startsOn(), term.endsOn());

    @Test
    void theWindowIsOpenFromItsFirstToItsLastDayAndEndsTheDayAfter() {
        assertEquals(State.NOT_YET, Enrolments.state(term, window, LocalDate.parse("2026-10-31")));
        assertEquals(State.OPEN, Enrolments.state(term, window, LocalDate.parse("2026-11-01")));
        assertEquals(State.OPEN, Enrolments.state(term, window, LocalDate.parse("2026-12-31")));
        assertEquals(State.ENDED, Enrolments.state(term, window, LocalDate.parse("2027-01-01")));
    }

    @Test
    void aCancelledRunIsNeitherOpenNorEnded() {
        term.cancel("too few applicants", Instant.parse("2026-10-20T00:00:00Z"));
        assertEquals(State.CANCELLED, Enrolments.state(term, window, LocalDate.parse("2026-11-15")));
    }
}
