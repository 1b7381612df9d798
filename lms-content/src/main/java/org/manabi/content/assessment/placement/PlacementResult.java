package org.manabi.content.assessment.placement;

import java.util.Map;
import org.manabi.content.catalog.Level;

/**
 * What a finished (or stopped) placement says.
 *
 * @param band          where the ability falls on the scale
 * @param itemsPerSkill how many items of each skill were answered
 * @param converged     true when the test stopped because the estimate was sure enough, false
 *                      when it ran out of items
 */
public record PlacementResult(String scale, AbilityEstimate estimate, PlacementScale.Band band,
                              int itemsAnswered, int correctAnswers, Map<Skill, Integer> itemsPerSkill,
                              boolean converged) {

    public PlacementResult {
        itemsPerSkill = Map.copyOf(itemsPerSkill);
    }

    /** The level placed at, or null below the scale's easiest level. */
    public Level level() {
        return band.level();
    }
}
