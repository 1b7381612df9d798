package org.manabi.core.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.manabi.core.programme.SeatRules.Counts;
import org.manabi.core.programme.SeatRules.Decision;
import org.manabi.core.programme.SeatRules.Request;

/** The seat rules of the seed programmes, at their edges. */
class SeatRulesTest {

    private static final LocalDate TERM_START = LocalDate.parse("2026-09-01");

    /** Kumamoto: 100 IDs a term, 5 per workshop company, 40 held for workshop companies until Aug 20. */
    private final Programme kumamoto = new Programme("kumamoto-2026", "Kumamoto reskilling 2026", null,
            OrganisationCap.fixed(5), null);
    private final Cohort term1 = new Cohort(1, "Term 1", TERM_START, LocalDate.parse("2026-10-31"), 100, 40,
            LocalDate.parse("2026-08-20"));

    /** Kagoshima: 300 learners, 3 per company under 30 employees, else 5. */
    private final Programme kagoshima = new Programme("kagoshima-2026", "Kagoshima Japanese 2026", 300,
            OrganisationCap.byEmployeeCount(30, 3, 5), null);
    private final Cohort kagoshimaRun = new Cohort(2, "2026", TERM_START, LocalDate.parse("2027-02-28"), null, 0,
            null);

    @Test
    void aCancelledRunGivesNoSeatEvenWhenSeatsAreFree() {
        assertEquals(Decision.GRANTED, SeatRules.decide(kumamoto, term1, new Counts(0, 0, 0, 0),
                Request.individual(), LocalDate.parse("2026-08-25")));
        term1.cancel("too few applicants", java.time.Instant.parse("2026-08-21T00:00:00Z"));
        assertEquals(Decision.COHORT_CANCELLED, SeatRules.decide(kumamoto, term1, new Counts(0, 0, 0, 0),
                Request.individual(), LocalDate.parse("2026-08-25")));
    }

    @Test
    void theLastSeatIsGivenAndTheNextIsNot() {
        LocalDate day = LocalDate.parse("2026-08-25");
        assertEquals(Decision.GRANTED, SeatRules.decide(kumamoto, term1, new Counts(99, 99, 40, 0),
                Request.individual(), day));
        assertEquals(Decision.COHORT_FULL, SeatRules.decide(kumamoto, term1, new Counts(100, 100, 40, 0),
                Request.individual(), day));
    }

    @Test
    void unusedWorkshopSeatsStayHeldUntilTheReleaseDay() {
        LocalDate dayBefore = LocalDate.parse("2026-08-19");
        assertEquals(Decision.RESERVED_FOR_INVITED_ORGANISATIONS, SeatRules.decide(kumamoto, term1,
                new Counts(60, 60, 0, 0), Request.individual(), dayBefore),
                "60 individuals hold seats and the other 40 are held for workshop companies");
        assertEquals(Decision.GRANTED, SeatRules.decide(kumamoto, term1, new Counts(59, 59, 0, 0),
                Request.individual(), dayBefore), "the 60th individual seat is still free");
        assertEquals(Decision.GRANTED, SeatRules.decide(kumamoto, term1, new Counts(65, 65, 15, 0),
                Request.individual(), dayBefore), "35 free, 25 still held: 10 open to individuals");
    }

    @Test
    void aWorkshopCompanyMayUseTheHeldSeatsBeforeTheReleaseDay() {
        assertEquals(Decision.GRANTED, SeatRules.decide(kumamoto, term1, new Counts(60, 60, 0, 2),
                new Request(7L, true, 12), LocalDate.parse("2026-08-19")));
    }

    @Test
    void onTheReleaseDayIndividualsGetTheUnusedHeldSeats() {
        assertEquals(Decision.GRANTED, SeatRules.decide(kumamoto, term1, new Counts(60, 60, 0, 0),
                Request.individual(), LocalDate.parse("2026-08-20")));
    }

    @Test
    void aWorkshopCompanyGetsAtMostFiveSeats() {
        Request company = new Request(7L, true, 250);
        LocalDate day = LocalDate.parse("2026-08-10");
        assertEquals(Decision.GRANTED, SeatRules.decide(kumamoto, term1, new Counts(20, 20, 4, 4), company, day));
        assertEquals(Decision.ORGANISATION_CAP_REACHED, SeatRules.decide(kumamoto, term1, new Counts(21, 21, 5, 5),
                company, day));
    }

    @Test
    void companiesUnderThirtyEmployeesGetThreeAndLargerOnesFive() {
        LocalDate day = LocalDate.parse("2026-07-01");
        Counts threeTaken = new Counts(50, 50, 0, 3);
        assertEquals(Decision.ORGANISATION_CAP_REACHED, SeatRules.decide(kagoshima, kagoshimaRun, threeTaken,
                new Request(9L, false, 29), day));
        assertEquals(Decision.GRANTED, SeatRules.decide(kagoshima, kagoshimaRun, threeTaken,
                new Request(9L, false, 30), day));
        assertEquals(OptionalInt.of(3), kagoshima.organisationCap().capFor(null), "unknown size: the smaller cap");
    }

    @Test
    void theProgrammeCapCountsEveryCohort() {
        assertEquals(Decision.PROGRAMME_FULL, SeatRules.decide(kagoshima, kagoshimaRun, new Counts(300, 120, 0, 0),
                Request.individual(), LocalDate.parse("2026-07-01")));
    }
}
