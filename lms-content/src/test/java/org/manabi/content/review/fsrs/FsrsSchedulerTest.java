package org.manabi.content.review.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties the scheduler must keep whatever the history, beyond the published values. */
class FsrsSchedulerTest {

    private static final Instant START = Instant.parse("2024-04-01T09:00:00Z");
    private static final FsrsScheduler SCHEDULER = new FsrsScheduler(FsrsParameters.DEFAULT);

    private static FsrsCard reviewCard(double stability, double difficulty) {
        return new FsrsCard(CardState.REVIEW, 0, stability, difficulty, START.plus(Duration.ofDays(1)), START, 3, 0);
    }

    @Test
    void retrievabilityIsTheDesiredRetentionAfterStabilityDays() {
        for (double stability : new double[] {1, 2, 10, 37, 250, 4000}) {
            FsrsCard card = reviewCard(stability, 5);
            Instant afterStability = START.plus(Duration.ofDays((long) stability));
            assertEquals(0.9, SCHEDULER.retrievability(card, afterStability), 1e-12, "stability " + stability);
        }
    }

    @Test
    void retrievabilityIsNinetyPercentAtTStabilityWhateverTheDecay() {
        List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        weights.set(20, 0.5);
        FsrsScheduler fsrs5Decay = new FsrsScheduler(FsrsParameters.DEFAULT.withWeights(weights));
        assertEquals(0.9, fsrs5Decay.retrievability(reviewCard(20, 5), START.plus(Duration.ofDays(20))), 1e-12);
    }

    @Test
    void reviewCardsFallDueWhenRetrievabilityReachesTheDesiredRetention() {
        // At retention 0.9 the interval is the stability rounded to whole days, so the card is
        // due within half a day of the moment its retrievability is exactly 0.9.
        FsrsCard card = FsrsCard.newCard(START);
        SplittableRandom random = new SplittableRandom(7);
        int reviewCards = 0;
        int uncappedReviewCards = 0;
        for (int i = 0; i < 200; i++) {
            Rating rating = random.nextInt(10) == 0 ? Rating.AGAIN : Rating.GOOD;
            card = SCHEDULER.review(card, rating, card.due()).card();
            if (card.state() == CardState.REVIEW) {
                reviewCards++;
                long interval = Duration.between(card.lastReview(), card.due()).toDays();
                assertEquals(Math.max(1, Math.min(Math.rint(card.stability()), 36500)), interval, 0.0, "stability " + card.stability());
                if (interval < FsrsParameters.DEFAULT_MAXIMUM_INTERVAL_DAYS) {
                    uncappedReviewCards++;
                    // Near t = S the curve falls by at most 0.08 / S per day, and the due date
                    // is at most half a day from t = S.
                    double tolerance = 0.5 * 0.08 / card.stability();
                    assertEquals(0.9, SCHEDULER.retrievability(card, card.due()), tolerance, "stability " + card.stability());
                }
            }
        }
        assertTrue(reviewCards > 100);
        assertTrue(uncappedReviewCards > 50);
    }

    @Test
    void aLowerDesiredRetentionGivesLongerIntervals() {
        long previous = 0;
        for (double retention : new double[] {0.97, 0.95, 0.9, 0.85, 0.8, 0.7}) {
            long days = new FsrsScheduler(FsrsParameters.DEFAULT.withDesiredRetention(retention)).intervalDays(30);
            assertTrue(days > previous, "retention " + retention + " gave " + days + " days, not more than " + previous);
            previous = days;
        }
    }

    @Test
    void againOnAReviewCardIsALapseAndStartsRelearning() {
        FsrsCard review = SCHEDULER.review(FsrsCard.newCard(START), Rating.EASY, START).card();
        assertEquals(CardState.REVIEW, review.state());
        Instant now = review.due();

        ReviewOutcome outcome = SCHEDULER.review(review, Rating.AGAIN, now);
        FsrsCard lapsed = outcome.card();

        assertEquals(CardState.RELEARNING, lapsed.state());
        assertEquals(0, lapsed.step());
        assertEquals(review.lapses() + 1, lapsed.lapses());
        assertEquals(review.reps() + 1, lapsed.reps());
        assertEquals(now.plus(Duration.ofMinutes(10)), lapsed.due());
        assertTrue(lapsed.stability() < review.stability());
        assertTrue(lapsed.difficulty() > review.difficulty());
        assertEquals(CardState.REVIEW, outcome.log().stateBefore());

        FsrsCard againWhileRelearning = SCHEDULER.review(lapsed, Rating.AGAIN, lapsed.due()).card();
        assertEquals(lapsed.lapses(), againWhileRelearning.lapses(), "only a card in review can lapse");

        FsrsCard relearned = SCHEDULER.review(againWhileRelearning, Rating.GOOD, againWhileRelearning.due()).card();
        assertEquals(CardState.REVIEW, relearned.state());
        assertEquals(1, relearned.lapses());
    }

    @Test
    void againOnALearningCardIsNotALapse() {
        FsrsCard learning = SCHEDULER.review(FsrsCard.newCard(START), Rating.GOOD, START).card();
        FsrsCard again = SCHEDULER.review(learning, Rating.AGAIN, learning.due()).card();
        assertEquals(CardState.LEARNING, again.state());
        assertEquals(0, again.lapses());
    }

    @Test
    void intervalsNeverExceedTheMaximum() {
        FsrsParameters capped = FsrsParameters.DEFAULT.withMaximumIntervalDays(100);
        for (FsrsScheduler scheduler : List.of(
                new FsrsScheduler(capped), FsrsScheduler.withFuzz(capped, new SplittableRandom(3)))) {
            FsrsCard card = FsrsCard.newCard(START);
            long longest = 0;
            for (int i = 0; i < 30; i++) {
                card = scheduler.review(card, i % 2 == 0 ? Rating.EASY : Rating.GOOD, card.due()).card();
                long days = Duration.between(card.lastReview(), card.due()).toDays();
                assertTrue(days <= 100, days + " days");
                longest = Math.max(longest, days);
            }
            assertEquals(100, longest);
        }
        assertEquals(36500, SCHEDULER.intervalDays(1e9));
    }

    @Test
    void difficultyStaysWithinOneToTenAndStabilityPositive() {
        SplittableRandom random = new SplittableRandom(20240401);
        for (int history = 0; history < 50; history++) {
            FsrsCard card = FsrsCard.newCard(START);
            Instant now = START;
            for (int i = 0; i < 60; i++) {
                Rating rating = Rating.ofGrade(random.nextInt(1, 5));
                // Reviews early, on time and very late, including several on the same day.
                now = switch (random.nextInt(4)) {
                    case 0 -> now.plus(Duration.ofMinutes(random.nextInt(1, 600)));
                    case 1 -> card.due();
                    default -> card.due().plus(Duration.ofDays(random.nextInt(0, 400)));
                };
                if (now.isBefore(card.due()) && card.lastReview() != null && now.isBefore(card.lastReview())) {
                    now = card.lastReview();
                }
                card = SCHEDULER.review(card, rating, now).card();
                assertTrue(card.difficulty() >= 1 && card.difficulty() <= 10, "difficulty " + card.difficulty());
                assertTrue(card.stability() >= FsrsCard.MINIMUM_STABILITY && Double.isFinite(card.stability()),
                        "stability " + card.stability());
                double retrievability = SCHEDULER.retrievability(card, card.due());
                assertTrue(retrievability > 0 && retrievability <= 1, "retrievability " + retrievability);
            }
        }
    }

    @Test
    void theSameReviewGivesTheSameCard() {
        FsrsCard card = SCHEDULER.review(FsrsCard.newCard(START), Rating.GOOD, START).card();
        card = SCHEDULER.review(card, Rating.GOOD, card.due()).card();
        ReviewOutcome first = SCHEDULER.review(card, Rating.HARD, card.due().plus(Duration.ofDays(3)));
        ReviewOutcome second = new FsrsScheduler(FsrsParameters.DEFAULT).review(card, Rating.HARD, card.due().plus(Duration.ofDays(3)));
        assertEquals(first, second);
    }

    @Test
    void fuzzStaysInItsRangeAndRepeatsWithTheSameSeed() {
        // GOOD, GOOD, GOOD from new: the third interval is 11 days without fuzz, and py-fsrs's
        // fuzz range for 11 days is 9 to 13.
        FsrsCard beforeThird = SCHEDULER.review(FsrsCard.newCard(START), Rating.GOOD, START).card();
        beforeThird = SCHEDULER.review(beforeThird, Rating.GOOD, beforeThird.due()).card();
        FsrsCard unfuzzed = SCHEDULER.review(beforeThird, Rating.GOOD, beforeThird.due()).card();
        assertEquals(11, Duration.between(unfuzzed.lastReview(), unfuzzed.due()).toDays());

        Set<Long> seen = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            FsrsScheduler fuzzed = FsrsScheduler.withFuzz(FsrsParameters.DEFAULT, new SplittableRandom(seed));
            FsrsCard card = fuzzed.review(beforeThird, Rating.GOOD, beforeThird.due()).card();
            long days = Duration.between(card.lastReview(), card.due()).toDays();
            assertTrue(days >= 9 && days <= 13, days + " days");
            assertEquals(unfuzzed.stability(), card.stability(), "fuzz moves the due date, not the memory");
            seen.add(days);

            FsrsScheduler sameSeed = FsrsScheduler.withFuzz(FsrsParameters.DEFAULT, new SplittableRandom(seed));
            assertEquals(card, sameSeed.review(beforeThird, Rating.GOOD, beforeThird.due()).card());
        }
        assertEquals(Set.of(9L, 10L, 11L, 12L, 13L), seen);
    }

    @Test
    void shortIntervalsAndStepsAreNotFuzzed() {
        FsrsScheduler fuzzed = FsrsScheduler.withFuzz(FsrsParameters.DEFAULT, new SplittableRandom(1));
        for (int i = 0; i < 50; i++) {
            FsrsCard learning = fuzzed.review(FsrsCard.newCard(START), Rating.GOOD, START).card();
            assertEquals(START.plus(Duration.ofMinutes(10)), learning.due());
            FsrsCard twoDays = fuzzed.review(learning, Rating.GOOD, learning.due()).card();
            assertEquals(learning.due().plus(Duration.ofDays(2)), twoDays.due());
        }
    }

    @Test
    void theLogRecordsTheReview() {
        FsrsCard card = SCHEDULER.review(FsrsCard.newCard(START), Rating.EASY, START).card();
        Instant late = card.due().plus(Duration.ofDays(2).plusHours(5));
        ReviewOutcome outcome = SCHEDULER.review(card, Rating.HARD, late);

        ReviewLog log = outcome.log();
        assertEquals(Rating.HARD, log.rating());
        assertEquals(late, log.reviewedAt());
        assertEquals(CardState.REVIEW, log.stateBefore());
        assertEquals(10, log.elapsedDays());
        assertEquals(Duration.between(late, outcome.card().due()), log.scheduledInterval());
        assertEquals(late, outcome.card().lastReview());
    }

    @Test
    void aNewCardHasNoRetrievability() {
        assertEquals(0.0, SCHEDULER.retrievability(FsrsCard.newCard(START), START.plus(Duration.ofDays(3))));
    }

    @Test
    void aReviewCannotPrecedeTheLastOne() {
        FsrsCard card = SCHEDULER.review(FsrsCard.newCard(START), Rating.GOOD, START).card();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SCHEDULER.review(card, Rating.GOOD, START.minusSeconds(1)));
        assertTrue(error.getMessage().contains("before the card's last review"), error.getMessage());
    }

    @Test
    void inconsistentCardsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new FsrsCard(CardState.NEW, 0, 0, 0, START, START, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new FsrsCard(CardState.REVIEW, 0, 5, 11, START, START, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new FsrsCard(CardState.REVIEW, 0, 0, 5, START, START, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new FsrsCard(CardState.LEARNING, 0, 1, 5, START, null, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new FsrsCard(CardState.REVIEW, 0, 5, 5, START, START, 1, 2));
        assertThrows(IllegalArgumentException.class,
                () -> new FsrsCard(CardState.REVIEW, 1, 5, 5, START, START, 1, 0));
    }

    @Test
    void aCardFromASchedulerWithMoreStepsGraduatesOnAnyPass() {
        FsrsCard onThirdStep = new FsrsCard(CardState.LEARNING, 2, 2.3065, 2.1, START, START, 3, 0);
        FsrsCard passed = SCHEDULER.review(onThirdStep, Rating.HARD, START.plusSeconds(60)).card();
        assertEquals(CardState.REVIEW, passed.state());
        FsrsCard failed = SCHEDULER.review(onThirdStep, Rating.AGAIN, START.plusSeconds(60)).card();
        assertEquals(CardState.LEARNING, failed.state());
        assertEquals(0, failed.step());
    }

    @Test
    void ratingsHaveTheirFsrsGrades() {
        assertEquals(List.of(1, 2, 3, 4), List.of(Rating.values()).stream().map(Rating::grade).toList());
        assertEquals(Rating.HARD, Rating.ofGrade(2));
        assertThrows(IllegalArgumentException.class, () -> Rating.ofGrade(0));
        assertThrows(IllegalArgumentException.class, () -> Rating.ofGrade(5));
        assertNotEquals(Rating.AGAIN, Rating.ofGrade(4));
    }
}
