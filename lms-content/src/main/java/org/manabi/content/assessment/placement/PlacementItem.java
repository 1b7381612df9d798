package org.manabi.content.assessment.placement;

import java.util.Objects;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.content.catalog.Level;

/**
 * One item of a placement bank: what it asks, the skill it tests, the level it was written for and
 * its calibrated difficulty on the logit scale.
 *
 * @param id         stable across builds, so stored answers can be replayed
 * @param difficulty starts at the scale's prior for the level; {@link Calibration} moves it
 */
public record PlacementItem(String id, Skill skill, Level level, double difficulty, ItemBody.SingleChoice body) {

    public PlacementItem {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(body, "body");
        if (!Double.isFinite(difficulty)) {
            throw new IllegalArgumentException("difficulty must be finite");
        }
    }

    /** The same item with a re-calibrated difficulty. */
    public PlacementItem withDifficulty(double newDifficulty) {
        return new PlacementItem(id, skill, level, newDifficulty, body);
    }
}
