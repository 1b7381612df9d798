package org.manabi.content.assessment.placement;

/**
 * An ability on the logit scale with its standard error (the posterior standard deviation).
 */
public record AbilityEstimate(double ability, double standardError) {

    public AbilityEstimate {
        if (!Double.isFinite(ability) || !Double.isFinite(standardError) || standardError < 0) {
            throw new IllegalArgumentException("ability and standardError must be finite, standardError >= 0");
        }
    }
}
