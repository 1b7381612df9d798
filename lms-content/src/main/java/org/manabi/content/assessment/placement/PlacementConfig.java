package org.manabi.content.assessment.placement;

/**
 * The knobs of a placement test.
 *
 * @param maxItems           the test stops after this many answers
 * @param minItems           and never before this many, so every skill is asked at least twice
 * @param targetStandardError the test stops early once the estimate is this sure
 * @param priorMean          the normal prior on ability (logits)
 * @param priorSd            its standard deviation
 * @param randomesque        the next item is drawn at random from this many most informative
 *                           unused items of the skill, so the same learners do not all see the same
 *                           items (exposure control); 1 picks the single best item
 */
public record PlacementConfig(int maxItems, int minItems, double targetStandardError,
                              double priorMean, double priorSd, int randomesque) {

    /** 20 items at most, 6 at least, stop at SE 0.3, prior N(0, 1.5²), top 3 drawn at random. */
    public static final PlacementConfig DEFAULT = new PlacementConfig(20, 6, 0.3, 0.0, 1.5, 3);

    public PlacementConfig {
        if (maxItems < 1 || minItems < 0 || minItems > maxItems) {
            throw new IllegalArgumentException("need 0 <= minItems <= maxItems and maxItems >= 1");
        }
        if (!(targetStandardError > 0) || !(priorSd > 0) || !Double.isFinite(priorMean)) {
            throw new IllegalArgumentException("targetStandardError and priorSd must be positive, priorMean finite");
        }
        if (randomesque < 1) {
            throw new IllegalArgumentException("randomesque must be at least 1");
        }
    }

    public PlacementConfig withMaxItems(int max) {
        return new PlacementConfig(max, Math.min(minItems, max), targetStandardError, priorMean, priorSd, randomesque);
    }

    public PlacementConfig withTargetStandardError(double se) {
        return new PlacementConfig(maxItems, minItems, se, priorMean, priorSd, randomesque);
    }

    public PlacementConfig withRandomesque(int n) {
        return new PlacementConfig(maxItems, minItems, targetStandardError, priorMean, priorSd, n);
    }
}
