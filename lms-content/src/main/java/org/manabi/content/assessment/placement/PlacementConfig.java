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
 * @param guessing           the chance of guessing an item right without knowing it, the same for
 *                           every item: 0 for the plain Rasch model, 1/4 for four-option items
 *                           answered by learners who guess (see {@link Rasch})
 */
public record PlacementConfig(int maxItems, int minItems, double targetStandardError,
                              double priorMean, double priorSd, int randomesque, double guessing) {

    /** 20 items at most, 6 at least, stop at SE 0.3, prior N(0, 2²), top 3 drawn at random. */
    public static final PlacementConfig DEFAULT = new PlacementConfig(20, 6, 0.3, 0.0, 2.0, 3, 0.0);

    /**
     * DEFAULT with a guessing floor of 1/4, for the four-option JLPT bank answered by real learners,
     * who guess. Plain Rasch places guessers too high; see docs/ASSESSMENT-PLACEMENT.md.
     */
    public static final PlacementConfig FOUR_OPTIONS = DEFAULT.withGuessing(0.25);

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
        if (!(guessing >= 0 && guessing < 1)) {
            throw new IllegalArgumentException("guessing must be from 0 to below 1");
        }
    }

    public PlacementConfig withMaxItems(int max) {
        return new PlacementConfig(max, Math.min(minItems, max), targetStandardError, priorMean, priorSd, randomesque, guessing);
    }

    public PlacementConfig withTargetStandardError(double se) {
        return new PlacementConfig(maxItems, minItems, se, priorMean, priorSd, randomesque, guessing);
    }

    public PlacementConfig withRandomesque(int n) {
        return new PlacementConfig(maxItems, minItems, targetStandardError, priorMean, priorSd, n, guessing);
    }

    public PlacementConfig withGuessing(double c) {
        return new PlacementConfig(maxItems, minItems, targetStandardError, priorMean, priorSd, randomesque, c);
    }
}
