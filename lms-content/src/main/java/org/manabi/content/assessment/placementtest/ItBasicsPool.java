package org.manabi.content.assessment.placementtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.content.assessment.placement.PlacementItem;
import org.manabi.content.assessment.placement.PlacementScale;
import org.manabi.content.assessment.placement.Skill;
import org.manabi.content.assessment.practice.PracticeSets;
import org.manabi.content.catalog.Level;

/**
 * The IT basics bank: the single-choice items of the bundled IT Passport practice set, with the
 * difficulty written in the data. Only single choice is used, so every item of the test is answered
 * the same way (one option) and has the same guessing floor (four options, 1/4); the other types
 * (ordering, matching, numbers ...) stay practice items. The level of an item is the scale's level
 * nearest its difficulty.
 */
final class ItBasicsPool {

    private ItBasicsPool() {
    }

    static List<PlacementItem> fromSamples(ClassLoader loader) {
        PlacementScale scale = PlacementScale.IT_BASICS;
        List<PlacementItem> bank = new ArrayList<>();
        for (PracticeSets.PracticeSet set : PracticeSets.readResource(loader, PracticeSets.ITP_PRACTICE, "ITP")) {
            Skill skill = Skill.valueOf(set.skill().toUpperCase(Locale.ROOT));
            for (PracticeSets.PracticeItem item : set.items()) {
                if (item.definition().body() instanceof ItemBody.SingleChoice choice) {
                    bank.add(new PlacementItem(item.key(), skill, nearest(scale, item.logitDifficulty()),
                            item.logitDifficulty(), choice));
                }
            }
        }
        return List.copyOf(bank);
    }

    private static Level nearest(PlacementScale scale, double difficulty) {
        Level best = null;
        double distance = Double.POSITIVE_INFINITY;
        for (Map.Entry<Level, Double> level : scale.levels().entrySet()) {
            double d = Math.abs(level.getValue() - difficulty);
            if (d < distance) {
                best = level.getKey();
                distance = d;
            }
        }
        return best;
    }
}
