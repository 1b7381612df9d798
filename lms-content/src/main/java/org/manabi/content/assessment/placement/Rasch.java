package org.manabi.content.assessment.placement;

import java.util.List;

/**
 * The Rasch (one-parameter logistic) model: a learner of ability θ answers an item of difficulty b
 * right with probability {@code 1 / (1 + e^-(θ - b))}. Both are on the same logit scale, so an item
 * whose difficulty equals the learner's ability is answered right half the time and tells the most
 * about the learner.
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

    /** One answered item: its difficulty and whether the answer was right. */
    public record Observation(double difficulty, boolean correct) {
    }

    private Rasch() {
    }

    public static double probability(double ability, double difficulty) {
        return 1.0 / (1.0 + Math.exp(difficulty - ability));
    }

    /** Fisher information of one item at an ability: p(1 - p), at most 0.25 where b = θ. */
    public static double information(double ability, double difficulty) {
        double p = probability(ability, difficulty);
        return p * (1 - p);
    }

    /** EAP estimate and posterior standard deviation under a normal prior N(priorMean, priorSd²). */
    public static AbilityEstimate eap(List<Observation> observations, double priorMean, double priorSd) {
        if (!(priorSd > 0)) {
            throw new IllegalArgumentException("priorSd must be positive");
        }
        double[] logPosterior = new double[GRID_POINTS];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < GRID_POINTS; i++) {
            double theta = GRID_LOW + i * GRID_STEP;
            double z = (theta - priorMean) / priorSd;
            double log = -0.5 * z * z;
            for (Observation o : observations) {
                double p = probability(theta, o.difficulty());
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
