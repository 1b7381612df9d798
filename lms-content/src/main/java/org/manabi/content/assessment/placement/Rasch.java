package org.manabi.content.assessment.placement;

import java.util.List;

/**
 * The Rasch (one-parameter logistic) model: a learner of ability θ answers an item of difficulty b
 * right with probability {@code 1 / (1 + e^-(θ - b))}. Both are on the same logit scale, so an item
 * whose difficulty equals the learner's ability is answered right half the time and tells the most
 * about the learner.
 *
 * <p>A four-option item can be answered right by a learner who knows nothing, one time in four.
 * The model can take that into account with a fixed lower asymptote c (the guessing floor):
 * {@code P = c + (1 - c) / (1 + e^-(θ - b))}. With c = 0 it is the plain Rasch model. c is the same
 * for every item of a test (one over the number of options), not estimated per item, so θ and b keep
 * their Rasch meaning: at θ = b the learner knows the answer half the time.
 *
 * <p>The ability is estimated as the expected a posteriori (EAP) value under a normal prior, by
 * summing over a fixed grid. Unlike maximum likelihood, EAP gives a finite estimate for a learner
 * who answers everything right or everything wrong, which a placement test meets on its first item.
 */
public final class Rasch {

    /** The grid covers every ability a placement can report; beyond it the prior weighs nothing. */
    private static final double GRID_LOW = -7.0;
    private static final double GRID_HIGH = 7.0;
    private static final double GRID_STEP = 0.05;
    private static final int GRID_POINTS = (int) Math.round((GRID_HIGH - GRID_LOW) / GRID_STEP) + 1;

    /**
     * Where an item is most informative, relative to its difficulty: 0 without guessing, about 0.31
     * logits above b for c = 0.25 (Birnbaum's {@code ln((1 + sqrt(1 + 8c)) / 2)}).
     */
    public static double informationPeakOffset(double guessing) {
        return Math.log((1 + Math.sqrt(1 + 8 * guessing)) / 2);
    }

    /** One answered item: its difficulty and whether the answer was right. */
    public record Observation(double difficulty, boolean correct) {
    }

    private Rasch() {
    }

    public static double probability(double ability, double difficulty) {
        return 1.0 / (1.0 + Math.exp(difficulty - ability));
    }

    /** The probability of a right answer with a guessing floor. */
    public static double probability(double ability, double difficulty, double guessing) {
        return guessing + (1 - guessing) * probability(ability, difficulty);
    }

    /** Fisher information of one item at an ability: p(1 - p), at most 0.25 where b = θ. */
    public static double information(double ability, double difficulty) {
        double p = probability(ability, difficulty);
        return p * (1 - p);
    }

    /** Fisher information with a guessing floor: {@code (P - c)² (1 - P) / ((1 - c)² P)}. */
    public static double information(double ability, double difficulty, double guessing) {
        double p = probability(ability, difficulty, guessing);
        return (p - guessing) * (p - guessing) * (1 - p) / ((1 - guessing) * (1 - guessing) * p);
    }

    /**
     * The score (derivative of the log-likelihood in θ) of one answer: {@code x - P} without
     * guessing, weighted by {@code (P - c) / (P (1 - c))} with it.
     */
    static double score(double ability, double difficulty, double guessing, boolean correct) {
        double p = probability(ability, difficulty, guessing);
        return ((correct ? 1 : 0) - p) * (p - guessing) / (p * (1 - guessing));
    }

    /** EAP estimate and posterior standard deviation under a normal prior N(priorMean, priorSd²). */
    public static AbilityEstimate eap(List<Observation> observations, double priorMean, double priorSd) {
        return eap(observations, priorMean, priorSd, 0);
    }

    /** The same with a guessing floor c, 0 <= c < 1. */
    public static AbilityEstimate eap(List<Observation> observations, double priorMean, double priorSd,
                                      double guessing) {
        if (!(priorSd > 0)) {
            throw new IllegalArgumentException("priorSd must be positive");
        }
        if (!(guessing >= 0 && guessing < 1)) {
            throw new IllegalArgumentException("guessing must be from 0 to below 1");
        }
        double[] logPosterior = new double[GRID_POINTS];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < GRID_POINTS; i++) {
            double theta = GRID_LOW + i * GRID_STEP;
            double z = (theta - priorMean) / priorSd;
            double log = -0.5 * z * z;
            for (Observation o : observations) {
                double p = probability(theta, o.difficulty(), guessing);
                log += Math.log(o.correct() ? p : 1 - p);
            }
            logPosterior[i] = log;
            max = Math.max(max, log);
        }
        double weightSum = 0;
        double mean = 0;
        double square = 0;
        for (int i = 0; i < GRID_POINTS; i++) {
            double theta = GRID_LOW + i * GRID_STEP;
            double w = Math.exp(logPosterior[i] - max);
            weightSum += w;
            mean += w * theta;
            square += w * theta * theta;
        }
        mean /= weightSum;
        double variance = Math.max(0, square / weightSum - mean * mean);
        return new AbilityEstimate(mean, Math.sqrt(variance));
    }
}
