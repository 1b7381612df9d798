package org.manabi.content.assessment.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.content.assessment.item.Option;
import org.manabi.content.catalog.Level;

/** The IT basics scale with a small hand-made bank, the cut scores and the refusals. */
class PlacementTest {

    private static ItemBody.SingleChoice body(String q) {
        return new ItemBody.SingleChoice(q, List.of(new Option("a", "yes"), new Option("b", "no")), "a");
    }

    private static List<PlacementItem> itBank() {
        List<PlacementItem> items = new ArrayList<>();
        Skill[] skills = {Skill.STRATEGY, Skill.MANAGEMENT, Skill.TECHNOLOGY};
        Level[] levels = {Level.BEGINNER, Level.INTERMEDIATE, Level.ADVANCED};
        for (Skill skill : skills) {
            for (Level level : levels) {
                for (int i = 0; i < 15; i++) {
                    items.add(new PlacementItem(skill + "-" + level + "-" + i, skill, level,
                            PlacementScale.IT_BASICS.difficulty(level) + (i - 7) * 0.05, body("q" + i)));
                }
            }
        }
        return items;
    }

    @Test
    void cutScoresSplitTheJlptScale() {
        PlacementScale jlpt = PlacementScale.JLPT;
        assertEquals(List.of(-2.25, -0.75, 0.75, 2.25), jlpt.cutScores());
        assertEquals("BELOW_N5", jlpt.band(-2.26).code());
        assertEquals(Level.JLPT_N5, jlpt.band(-2.25).level());
        assertEquals(Level.JLPT_N4, jlpt.band(0.0).level());
        assertEquals(Level.JLPT_N3, jlpt.band(0.75).level());
        assertEquals(Level.JLPT_N2, jlpt.band(6).level());
        assertTrue(jlpt.band(6).top());
        assertEquals(4, jlpt.rank(jlpt.band(3)));
    }

    @Test
    void itBasicsPlacesSimulatedLearnersAndBalancesTheThreeFields() {
        Placement placement = new Placement(PlacementScale.IT_BASICS, itBank(), PlacementConfig.DEFAULT);
        double[] abilities = {-2.25, -0.75, 0.75, 2.25};
        for (double ability : abilities) {
            int exact = 0;
            for (int s = 0; s < 100; s++) {
                PlacementSimulationTest.Run run = PlacementSimulationTest.simulate(placement, ability, s, true);
                exact += run.result().band().equals(PlacementScale.IT_BASICS.band(ability)) ? 1 : 0;
                assertTrue(run.result().itemsPerSkill().values().stream().allMatch(c -> c >= 6), "balanced");
            }
            assertTrue(exact >= 80, ability + ": " + exact);
        }
    }

    @Test
    void refusesItemsOutsideTheBankRepeatsAndAnswersAfterTheEnd() {
        Placement placement = new Placement(PlacementScale.IT_BASICS, itBank(),
                PlacementConfig.DEFAULT.withMaxItems(2));
        PlacementSession s = placement.start();
        assertThrows(IllegalArgumentException.class, () -> placement.answer(placement.start(), "nope", true));
        PlacementSession one = placement.answer(s, "STRATEGY-BEGINNER-0", true);
        assertThrows(IllegalArgumentException.class, () -> placement.answer(one, "STRATEGY-BEGINNER-0", true));
        PlacementSession two = placement.answer(one, "STRATEGY-BEGINNER-1", false);
        assertTrue(placement.finished(two));
        assertTrue(placement.nextItem(two, new SplittableRandom(1)).isEmpty());
        assertThrows(IllegalStateException.class, () -> placement.answer(two, "STRATEGY-BEGINNER-2", true));
        assertThrows(IllegalArgumentException.class, () -> new Placement(PlacementScale.JLPT, itBank(),
                PlacementConfig.DEFAULT));
    }

    @Test
    void stopsEarlyOnceTheEstimateIsSureEnough() {
        Placement placement = new Placement(PlacementScale.IT_BASICS, itBank(),
                PlacementConfig.DEFAULT.withTargetStandardError(0.8));
        PlacementSimulationTest.Run run = PlacementSimulationTest.simulate(placement, 0.0, 5, true);
        assertTrue(run.result().converged());
        assertTrue(run.result().itemsAnswered() < 20 && run.result().itemsAnswered() >= 6,
                "items " + run.result().itemsAnswered());
    }

    @Test
    void eapShrinksTowardsThePriorAndSharpensWithAnswers() {
        AbilityEstimate none = Rasch.eap(List.of(), 0, 1.5);
        assertEquals(0, none.ability(), 1e-6);
        assertEquals(1.5, none.standardError(), 0.01);
        List<Rasch.Observation> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(new Rasch.Observation(1.0, i % 2 == 0));
        }
        AbilityEstimate half = Rasch.eap(many, 0, 1.5);
        assertEquals(1.0, half.ability(), 0.1);
        assertTrue(half.standardError() < 0.35);
        assertEquals(0.25, Rasch.information(0.3, 0.3), 1e-12);
    }

    @Test
    void theGuessingFloorChangesProbabilityAndWhereAnItemInformsMost() {
        assertEquals(0.625, Rasch.probability(1.0, 1.0, 0.25), 1e-12);
        assertEquals(Rasch.information(0.2, -0.4), Rasch.information(0.2, -0.4, 0), 1e-12);
        double peak = Rasch.informationPeakOffset(0.25);
        assertEquals(0.0, Rasch.informationPeakOffset(0), 1e-12);
        assertTrue(Rasch.information(peak, 0, 0.25) > Rasch.information(peak + 0.05, 0, 0.25));
        assertTrue(Rasch.information(peak, 0, 0.25) > Rasch.information(peak - 0.05, 0, 0.25));
        List<Rasch.Observation> guessedRight = List.of(new Rasch.Observation(2.0, true));
        assertTrue(Rasch.eap(guessedRight, 0, 2, 0.25).ability() < Rasch.eap(guessedRight, 0, 2).ability(),
                "a right answer counts for less when it may be a guess");
    }
}
