package org.manabi.content.assessment.placement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Moving item difficulties from their level priors to what real learners show.
 *
 * <ul>
 *   <li>{@link #elo}: after each answer, one step for the item, as in Elo ratings:
 *       {@code b += k (P(θ, b) - x)} with θ the learner's final placement estimate and x 1 for a
 *       right answer. The step shrinks as the item is answered more often, so an item settles.
 *       Cheap enough to run after every finished placement.</li>
 *   <li>{@link #jointMap}: from a batch of stored answers, the joint maximum a posteriori estimate of
 *       every learner's ability and every item's difficulty, with each item's prior difficulty as
 *       the centre of a normal prior. The priors keep the scale where the cut scores expect it and
 *       keep the estimate of an item everyone got right finite. For a nightly or manual job.</li>
 * </ul>
 */
public final class Calibration {

    /** Elo steps: {@code k = K0 / (1 + n / K_HALF)} for an item already answered n times. */
    static final double K0 = 0.4;
    static final double K_HALF = 20.0;

    /** An item's difficulty and how many answers have moved it. */
    public record ItemCalibration(double difficulty, int responses) {

        public ItemCalibration {
            if (!Double.isFinite(difficulty) || responses < 0) {
                throw new IllegalArgumentException("difficulty must be finite and responses >= 0");
            }
        }
    }

    /** One stored answer: who, which item, right or not. */
    public record Response(String learnerId, String itemId, boolean correct) {

        public Response {
            Objects.requireNonNull(learnerId, "learnerId");
            Objects.requireNonNull(itemId, "itemId");
        }
    }

    /** The result of {@link #jointMap}. */
    public record Estimates(Map<String, Double> difficulties, Map<String, Double> abilities) {

        public Estimates {
            difficulties = Map.copyOf(difficulties);
            abilities = Map.copyOf(abilities);
        }
    }

    private Calibration() {
    }

    /** One Elo step for an item answered by a learner of (estimated) ability {@code ability}. */
    public static ItemCalibration elo(ItemCalibration item, double ability, boolean correct) {
        return elo(item, ability, correct, 0);
    }

    /**
     * The same under a guessing floor c (as the test used): the step is the answer's score
     * ({@code x - P} weighted by {@code (P - c) / (P (1 - c))}), so a right answer that was likely a
     * guess moves the item less.
     */
    public static ItemCalibration elo(ItemCalibration item, double ability, boolean correct, double guessing) {
        double k = K0 / (1 + item.responses() / K_HALF);
        double next = item.difficulty() - k * Rasch.score(ability, item.difficulty(), guessing, correct);
        return new ItemCalibration(next, item.responses() + 1);
    }

    /**
     * Joint MAP estimates by alternating Newton steps.
     *
     * @param priors        each item's prior difficulty; answers to items not named here are ignored
     * @param itemPriorSd   how far real difficulties may stray from the priors (e.g. 1.0)
     * @param abilityPriorSd the spread of learners' abilities (e.g. 1.5)
     */
    public static Estimates jointMap(List<Response> responses, Map<String, Double> priors, double itemPriorSd,
                                     double abilityPriorSd, int iterations) {
        return jointMap(responses, priors, itemPriorSd, abilityPriorSd, iterations, 0);
    }

    /** The same under a guessing floor c, the one the test used. */
    public static Estimates jointMap(List<Response> responses, Map<String, Double> priors, double itemPriorSd,
                                     double abilityPriorSd, int iterations, double guessing) {
        if (!(guessing >= 0 && guessing < 1)) {
            throw new IllegalArgumentException("guessing must be from 0 to below 1");
        }
        if (!(itemPriorSd > 0) || !(abilityPriorSd > 0) || iterations < 1) {
            throw new IllegalArgumentException("prior SDs must be positive and iterations at least 1");
        }
        Map<String, Double> b = new HashMap<>(priors);
        Map<String, Double> theta = new HashMap<>();
        List<Response> used = responses.stream().filter(r -> priors.containsKey(r.itemId())).toList();
        used.forEach(r -> theta.putIfAbsent(r.learnerId(), 0.0));
        double itemPrecision = 1 / (itemPriorSd * itemPriorSd);
        double abilityPrecision = 1 / (abilityPriorSd * abilityPriorSd);
        for (int it = 0; it < iterations; it++) {
            Map<String, double[]> personSums = new HashMap<>();
            for (Response r : used) {
                double t = theta.get(r.learnerId());
                double d = b.get(r.itemId());
                double[] s = personSums.computeIfAbsent(r.learnerId(), k -> new double[2]);
                s[0] += Rasch.score(t, d, guessing, r.correct());
                s[1] += Rasch.information(t, d, guessing);
            }
            personSums.forEach((id, s) -> {
                double t = theta.get(id);
                theta.put(id, t + (s[0] - t * abilityPrecision) / (s[1] + abilityPrecision));
            });
            Map<String, double[]> itemSums = new HashMap<>();
            for (Response r : used) {
                double t = theta.get(r.learnerId());
                double d = b.get(r.itemId());
                double[] s = itemSums.computeIfAbsent(r.itemId(), k -> new double[2]);
                s[0] -= Rasch.score(t, d, guessing, r.correct());
                s[1] += Rasch.information(t, d, guessing);
            }
            itemSums.forEach((id, s) -> {
                double d = b.get(id);
                b.put(id, d + (s[0] - (d - priors.get(id)) * itemPrecision) / (s[1] + itemPrecision));
            });
        }
        return new Estimates(b, theta);
    }
}
