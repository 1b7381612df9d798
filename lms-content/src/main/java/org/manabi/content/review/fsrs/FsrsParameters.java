package org.manabi.content.review.fsrs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of an FSRS-6 scheduler: the 21 model weights, the retention to aim for, the
 * longest interval, and the short steps (minutes) a card goes through while it is learned or
 * relearned.
 *
 * <p>{@link #DEFAULT} holds the published FSRS-6 defaults, as in py-fsrs 6 and fsrs-rs:
 * desired retention 0.9, at most 36500 days, learning steps 1 and 10 minutes, relearning step
 * 10 minutes. Weights outside the bounds the reference optimiser keeps them in are refused,
 * because the formulas misbehave there (a decay of 0, a negative initial stability).
 *
 * @param weights w0..w20; w20 is the decay of the forgetting curve, new in FSRS-6
 * @param desiredRetention the probability of recall at which a card falls due, in (0, 1)
 * @param maximumIntervalDays the longest interval a card may be scheduled, in days
 * @param learningSteps the intervals between reviews while a new card is learned; may be empty
 * @param relearningSteps the intervals between reviews after a lapse; may be empty
 */
public record FsrsParameters(
        List<Double> weights,
        double desiredRetention,
        int maximumIntervalDays,
        List<Duration> learningSteps,
        List<Duration> relearningSteps) {

    /** FSRS-6 has 21 weights; FSRS-5 had 19 and no decay weight. */
    public static final int WEIGHT_COUNT = 21;

    // Bounds of py-fsrs 6 (LOWER_BOUNDS_PARAMETERS / UPPER_BOUNDS_PARAMETERS), the clipping range of its optimiser.
    private static final double[] LOWEST_WEIGHTS = {
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    };
    private static final double[] HIGHEST_WEIGHTS = {
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    };

    /** The published FSRS-6 default weights (py-fsrs 6 DEFAULT_PARAMETERS, fsrs-rs FSRS6_DEFAULT_PARAMETERS). */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    public static final double DEFAULT_DESIRED_RETENTION = 0.9;
    public static final int DEFAULT_MAXIMUM_INTERVAL_DAYS = 36500;
    public static final List<Duration> DEFAULT_LEARNING_STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
    public static final List<Duration> DEFAULT_RELEARNING_STEPS = List.of(Duration.ofMinutes(10));

    public static final FsrsParameters DEFAULT = new FsrsParameters(
            DEFAULT_WEIGHTS,
            DEFAULT_DESIRED_RETENTION,
            DEFAULT_MAXIMUM_INTERVAL_DAYS,
            DEFAULT_LEARNING_STEPS,
            DEFAULT_RELEARNING_STEPS);

    public FsrsParameters {
        weights = checkedWeights(weights);
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException(
                    "desiredRetention must be strictly between 0 and 1, got " + desiredRetention);
        }
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("maximumIntervalDays must be at least 1, got " + maximumIntervalDays);
        }
        learningSteps = checkedSteps("learningSteps", learningSteps);
        relearningSteps = checkedSteps("relearningSteps", relearningSteps);
    }

    /** The weight w<sub>index</sub>, 0 to 20. */
    public double weight(int index) {
        return weights.get(index);
    }

    public FsrsParameters withWeights(List<Double> newWeights) {
        return new FsrsParameters(newWeights, desiredRetention, maximumIntervalDays, learningSteps, relearningSteps);
    }

    public FsrsParameters withDesiredRetention(double retention) {
        return new FsrsParameters(weights, retention, maximumIntervalDays, learningSteps, relearningSteps);
    }

    public FsrsParameters withMaximumIntervalDays(int days) {
        return new FsrsParameters(weights, desiredRetention, days, learningSteps, relearningSteps);
    }

    public FsrsParameters withLearningSteps(List<Duration> steps) {
        return new FsrsParameters(weights, desiredRetention, maximumIntervalDays, steps, relearningSteps);
    }

    public FsrsParameters withRelearningSteps(List<Duration> steps) {
        return new FsrsParameters(weights, desiredRetention, maximumIntervalDays, learningSteps, steps);
    }

    private static List<Double> checkedWeights(List<Double> weights) {
        if (weights == null) {
            throw new IllegalArgumentException("weights must not be null");
        }
        if (weights.size() != WEIGHT_COUNT) {
            throw new IllegalArgumentException(
                    "FSRS-6 needs " + WEIGHT_COUNT + " weights (w0..w20), got " + weights.size());
        }
        List<String> outOfBounds = new ArrayList<>();
        for (int i = 0; i < WEIGHT_COUNT; i++) {
            Double weight = weights.get(i);
            // Written so that NaN fails too.
            if (weight == null || !(weight >= LOWEST_WEIGHTS[i] && weight <= HIGHEST_WEIGHTS[i])) {
                outOfBounds.add("w" + i + " = " + weight + " is outside [" + LOWEST_WEIGHTS[i] + ", " + HIGHEST_WEIGHTS[i] + "]");
            }
        }
        if (!outOfBounds.isEmpty()) {
            throw new IllegalArgumentException("FSRS weights out of bounds: " + String.join("; ", outOfBounds));
        }
        return List.copyOf(weights);
    }

    private static List<Duration> checkedSteps(String name, List<Duration> steps) {
        if (steps == null) {
            throw new IllegalArgumentException(name + " must not be null (use an empty list for no steps)");
        }
        for (int i = 0; i < steps.size(); i++) {
            Duration step = steps.get(i);
            if (step == null || step.isZero() || step.isNegative()) {
                throw new IllegalArgumentException(name + "[" + i + "] must be a positive duration, got " + step);
            }
        }
        return List.copyOf(steps);
    }
}
