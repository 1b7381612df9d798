package org.manabi.content.review.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * One review through each branch of the FSRS-6 formulas, with the default weights. The reference
 * test suites reach some branches only in passing, so the expected values here were worked out
 * by hand from the published formulas (in double precision, independently of this code): they
 * pin the same-day floor of GOOD and EASY, the hard penalty and easy bonus, and the cap on
 * stability after a lapse, which the published sequences happen not to exercise.
 */
class FsrsFormulaTest {

    private static final Instant LAST_REVIEW = Instant.parse("2024-04-01T09:00:00Z");
    private static final FsrsScheduler SCHEDULER = new FsrsScheduler(FsrsParameters.DEFAULT);
    private static final double TOLERANCE = 1e-9;

    private static FsrsCard reviewed(double stability, double difficulty, Rating rating, Duration after) {
        FsrsCard card = new FsrsCard(CardState.REVIEW, 0, stability, difficulty, LAST_REVIEW.plus(after), LAST_REVIEW, 5, 0);
        return SCHEDULER.review(card, rating, LAST_REVIEW.plus(after)).card();
    }

    @Test
    void aSameDayGoodNeverLowersStability() {
        // The short-term factor for S = 50 is below 1, and GOOD is floored at 1.
        assertEquals(50.0, reviewed(50, 5, Rating.GOOD, Duration.ofHours(1)).stability(), TOLERANCE);
        assertEquals(69.86661272208896, reviewed(50, 5, Rating.EASY, Duration.ofHours(1)).stability(), TOLERANCE);
    }

    @Test
    void aSameDayHardOrAgainLowersStability() {
        assertEquals(23.608053213208137, reviewed(50, 5, Rating.HARD, Duration.ofHours(1)).stability(), TOLERANCE);
        assertEquals(13.72320082911397, reviewed(50, 5, Rating.AGAIN, Duration.ofHours(23)).stability(), TOLERANCE);
    }

    @Test
    void recallOnTimeGrowsStabilityByRating() {
        FsrsCard hard = reviewed(10, 5, Rating.HARD, Duration.ofDays(10));
        FsrsCard good = reviewed(10, 5, Rating.GOOD, Duration.ofDays(10));
        FsrsCard easy = reviewed(10, 5, Rating.EASY, Duration.ofDays(10));

        assertEquals(23.246875110466817, hard.stability(), TOLERANCE);
        assertEquals(32.02672948198673, good.stability(), TOLERANCE);
        assertEquals(51.25386164681294, easy.stability(), TOLERANCE);
        assertEquals(6.665995369296838, hard.difficulty(), TOLERANCE);
        assertEquals(4.9902283692968386, good.difficulty(), TOLERANCE);
        assertEquals(3.3144613692968385, easy.difficulty(), TOLERANCE);
        assertEquals(LAST_REVIEW.plus(Duration.ofDays(10 + 32)), good.due());
    }

    @Test
    void aLapseUsesTheForgettingFormula() {
        FsrsCard lapsed = reviewed(10, 5, Rating.AGAIN, Duration.ofDays(10));
        assertEquals(1.3919869729546932, lapsed.stability(), TOLERANCE);
        assertEquals(8.341762369296838, lapsed.difficulty(), TOLERANCE);
    }

    @Test
    void stabilityAfterALapseIsCappedBySameDayForgetting() {
        // For a tiny stability reviewed a year late the long-term formula would give 0.01456;
        // FSRS-6 caps it at S / exp(w17 * w18).
        FsrsCard lapsed = reviewed(0.01, 1, Rating.AGAIN, Duration.ofDays(365));
        assertEquals(0.009517279993343508, lapsed.stability(), TOLERANCE);
        assertEquals(7.0269895692968385, lapsed.difficulty(), TOLERANCE);
    }
}
