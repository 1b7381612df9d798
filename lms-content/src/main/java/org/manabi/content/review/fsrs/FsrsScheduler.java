package org.manabi.content.review.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Schedules reviews with FSRS-6: from a card's memory, a rating and the time of the review, the
 * card's new stability, difficulty, state and due time.
 *
 * <p>It follows the scheduler of py-fsrs 6. A new card goes through the learning steps; GOOD on
 * the last step, or EASY on any, moves it to REVIEW, where intervals are whole days at which
 * the predicted recall falls to the desired retention. AGAIN in REVIEW is a lapse and sends the
 * card through the relearning steps. A review less than a day after the previous one changes
 * stability by the short-term formula (w17..w19); a later one by the recall or forgetting
 * formula, from the retrievability at that moment.
 *
 * <p>Deterministic: the time is always an argument, and interval fuzz is only applied when the
 * scheduler was built {@link #withFuzz with a random generator}. A scheduler without fuzz is
 * immutable and thread-safe; one with fuzz is as thread-safe as its generator.
 */
public final class FsrsScheduler {

    private static final double MINIMUM_DAYS_FOR_FUZZ = 2.5;

    /** py-fsrs FUZZ_RANGES: from {@code start} to {@code end} days, each day adds {@code factor} days of spread. */
    private record FuzzRange(double start, double end, double factor) {
    }

    private static final List<FuzzRange> FUZZ_RANGES = List.of(
            new FuzzRange(2.5, 7.0, 0.15),
            new FuzzRange(7.0, 20.0, 0.1),
            new FuzzRange(20.0, Double.POSITIVE_INFINITY, 0.05));

    private final FsrsParameters parameters;
    private final RandomGenerator fuzz;
    private final double decay;
    private final double factor;

    /** A scheduler without interval fuzz. */
    public FsrsScheduler(FsrsParameters parameters) {
        this(parameters, null);
    }

    private FsrsScheduler(FsrsParameters parameters, RandomGenerator fuzz) {
        if (parameters == null) {
            throw new IllegalArgumentException("A scheduler needs parameters (FsrsParameters.DEFAULT for the published ones)");
        }
        this.parameters = parameters;
        this.fuzz = fuzz;
        this.decay = -parameters.weight(20);
        // Chosen so that the forgetting curve passes through 90% at t = S, whatever the decay.
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /**
     * A scheduler that spreads review intervals of three days or more a little at random, so
     * cards learned together do not stay due together. Pass a seeded generator for reproducible
     * schedules.
     */
    public static FsrsScheduler withFuzz(FsrsParameters parameters, RandomGenerator random) {
        if (random == null) {
            throw new IllegalArgumentException("Fuzz needs a random generator; use the constructor for no fuzz");
        }
        return new FsrsScheduler(parameters, random);
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    public boolean fuzzed() {
        return fuzz != null;
    }

    /**
     * The predicted probability that the card is recalled at {@code now}, counting whole days
     * since its last review as the reference implementations do; 0 for a card never reviewed.
     */
    public double retrievability(FsrsCard card, Instant now) {
        if (card == null || now == null) {
            throw new IllegalArgumentException("retrievability needs a card and a time");
        }
        if (card.state() == CardState.NEW) {
            return 0;
        }
        long elapsedDays = Math.max(0, wholeDaysBetween(card.lastReview(), now));
        return forgettingCurve(elapsedDays, card.stability());
    }

    /**
     * The whole-day interval after which a card of this stability is expected to be recalled
     * with the desired retention: at least one day, at most the maximum interval.
     */
    public long intervalDays(double stability) {
        double days = stability / factor * (Math.pow(parameters.desiredRetention(), 1 / decay) - 1);
        // Math.rint rounds halves to even, like Python's round() in the reference scheduler.
        long rounded = (long) Math.rint(days);
        return Math.min(Math.max(rounded, 1), parameters.maximumIntervalDays());
    }

    /**
     * Reviews a card: its memory after the rating, its new state and due time, and the log.
     *
     * @throws IllegalArgumentException if {@code now} is before the card's last review
     */
    public ReviewOutcome review(FsrsCard card, Rating rating, Instant now) {
        if (card == null || rating == null || now == null) {
            throw new IllegalArgumentException("A review needs a card, a rating and a time");
        }
        if (card.lastReview() != null && now.isBefore(card.lastReview())) {
            throw new IllegalArgumentException(
                    "A review at " + now + " cannot come before the card's last review at " + card.lastReview());
        }
        long elapsedDays = card.lastReview() == null ? 0 : wholeDaysBetween(card.lastReview(), now);

        Memory memory = nextMemory(card, rating, elapsedDays, now);
        Transition transition = switch (card.state()) {
            case NEW, LEARNING -> throughSteps(CardState.LEARNING, parameters.learningSteps(), card.step(), rating, memory);
            case RELEARNING -> throughSteps(CardState.RELEARNING, parameters.relearningSteps(), card.step(), rating, memory);
            case REVIEW -> fromReview(rating, memory);
        };

        Duration interval = transition.interval();
        if (fuzz != null && transition.state() == CardState.REVIEW) {
            interval = Duration.ofDays(fuzzedDays(interval.toDays()));
        }
        boolean lapse = card.state() == CardState.REVIEW && rating == Rating.AGAIN;
        FsrsCard reviewed = new FsrsCard(
                transition.state(),
                transition.step(),
                memory.stability(),
                memory.difficulty(),
                now.plus(interval),
                now,
                card.reps() + 1,
                card.lapses() + (lapse ? 1 : 0));
        return new ReviewOutcome(reviewed, new ReviewLog(rating, now, card.state(), elapsedDays, interval));
    }

    private record Memory(double stability, double difficulty) {
    }

    private record Transition(CardState state, int step, Duration interval) {
    }

    private Memory nextMemory(FsrsCard card, Rating rating, long elapsedDays, Instant now) {
        if (card.state() == CardState.NEW) {
            return new Memory(initialStability(rating), clampDifficulty(initialDifficulty(rating)));
        }
        double stability;
        if (elapsedDays < 1) {
            stability = shortTermStability(card.stability(), rating);
        } else {
            double retrievability = retrievability(card, now);
            stability = rating == Rating.AGAIN
                    ? forgetStability(card.difficulty(), card.stability(), retrievability)
                    : recallStability(card.difficulty(), card.stability(), retrievability, rating);
        }
        return new Memory(Math.max(stability, FsrsCard.MINIMUM_STABILITY), nextDifficulty(card.difficulty(), rating));
    }

    /**
     * Moves a learning or relearning card along its steps. A step index past the end (the card
     * was scheduled with more steps than these parameters have) graduates on any pass.
     */
    private Transition throughSteps(CardState stepping, List<Duration> steps, int step, Rating rating, Memory memory) {
        boolean pastLastStep = step >= steps.size();
        if (steps.isEmpty() || (pastLastStep && rating != Rating.AGAIN)) {
            return graduate(memory);
        }
        return switch (rating) {
            case AGAIN -> new Transition(stepping, 0, steps.get(0));
            case HARD -> new Transition(stepping, step, hardStepInterval(steps, step));
            case GOOD -> step + 1 == steps.size()
                    ? graduate(memory)
                    : new Transition(stepping, step + 1, steps.get(step + 1));
            case EASY -> graduate(memory);
        };
    }

    /** HARD repeats the current step; on the first one it waits a little longer than AGAIN would. */
    private static Duration hardStepInterval(List<Duration> steps, int step) {
        if (step > 0) {
            return steps.get(step);
        }
        if (steps.size() == 1) {
            return steps.get(0).multipliedBy(3).dividedBy(2);
        }
        return steps.get(0).plus(steps.get(1)).dividedBy(2);
    }

    private Transition fromReview(Rating rating, Memory memory) {
        if (rating == Rating.AGAIN && !parameters.relearningSteps().isEmpty()) {
            return new Transition(CardState.RELEARNING, 0, parameters.relearningSteps().get(0));
        }
        return graduate(memory);
    }

    private Transition graduate(Memory memory) {
        return new Transition(CardState.REVIEW, 0, Duration.ofDays(intervalDays(memory.stability())));
    }

    private double forgettingCurve(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    private double w(int index) {
        return parameters.weight(index);
    }

    private double initialStability(Rating rating) {
        return Math.max(w(rating.grade() - 1), FsrsCard.MINIMUM_STABILITY);
    }

    private double initialDifficulty(Rating rating) {
        return w(4) - Math.exp(w(5) * (rating.grade() - 1)) + 1;
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, FsrsCard.MINIMUM_DIFFICULTY), FsrsCard.MAXIMUM_DIFFICULTY);
    }

    /**
     * Difficulty moves by w6 per grade away from GOOD, less so the closer it already is to 10
     * (linear damping), then is pulled a little (w7) towards the initial difficulty of EASY, left
     * unclamped as in the reference, so ratings of GOOD slowly make a card easier.
     */
    private double nextDifficulty(double difficulty, Rating rating) {
        double change = -w(6) * (rating.grade() - 3);
        double damped = difficulty + change * (10 - difficulty) / 9;
        double meanReverted = w(7) * initialDifficulty(Rating.EASY) + (1 - w(7)) * damped;
        return clampDifficulty(meanReverted);
    }

    /** Same-day reviews: GOOD and EASY never lower stability, AGAIN and HARD may. */
    private double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w(17) * (rating.grade() - 3 + w(18))) * Math.pow(stability, -w(19));
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1);
        }
        return stability * increase;
    }

    private double recallStability(double difficulty, double stability, double retrievability, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w(15) : 1;
        double easyBonus = rating == Rating.EASY ? w(16) : 1;
        return stability * (1
                + Math.exp(w(8))
                        * (11 - difficulty)
                        * Math.pow(stability, -w(9))
                        * (Math.exp((1 - retrievability) * w(10)) - 1)
                        * hardPenalty
                        * easyBonus);
    }

    /** After a lapse: the long-term formula, but never more than a same-day AGAIN would leave. */
    private double forgetStability(double difficulty, double stability, double retrievability) {
        double longTerm = w(11)
                * Math.pow(difficulty, -w(12))
                * (Math.pow(stability + 1, w(13)) - 1)
                * Math.exp((1 - retrievability) * w(14));
        double shortTerm = stability / Math.exp(w(17) * w(18));
        return Math.min(longTerm, shortTerm);
    }

    /**
     * A whole number of days drawn uniformly around the interval, the spread growing with it
     * (py-fsrs fuzz ranges). Unlike py-fsrs, which can round one day past its upper bound, the
     * draw stays inside [lowest, highest].
     */
    private long fuzzedDays(long days) {
        if (days < MINIMUM_DAYS_FOR_FUZZ) {
            return days;
        }
        double spread = 1.0;
        for (FuzzRange range : FUZZ_RANGES) {
            spread += range.factor() * Math.max(Math.min(days, range.end()) - range.start(), 0.0);
        }
        long highest = Math.min((long) Math.rint(days + spread), parameters.maximumIntervalDays());
        long lowest = Math.min(Math.max(2, (long) Math.rint(days - spread)), highest);
        return fuzz.nextLong(lowest, highest + 1);
    }

    private static long wholeDaysBetween(Instant from, Instant to) {
        return Duration.between(from, to).toDays();
    }
}
