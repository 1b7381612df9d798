package org.manabi.content.assessment.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void eloMovesAnItemTowardsItsTrueDifficultyAndSettles() {
        double trueDifficulty = 1.2;
        Calibration.ItemCalibration item = new Calibration.ItemCalibration(-0.5, 0);
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 2000; i++) {
            double ability = random.nextDouble(-3, 3);
            boolean correct = random.nextDouble() < Rasch.probability(ability, trueDifficulty);
            item = Calibration.elo(item, ability, correct);
        }
        assertEquals(2000, item.responses());
        assertEquals(trueDifficulty, item.difficulty(), 0.25);
    }

    @Test
    void eloStepsAreSmallerForAnItemAnsweredOften() {
        Calibration.ItemCalibration fresh = Calibration.elo(new Calibration.ItemCalibration(0, 0), 0, false);
        Calibration.ItemCalibration seasoned = Calibration.elo(new Calibration.ItemCalibration(0, 200), 0, false);
        assertTrue(fresh.difficulty() > seasoned.difficulty() && seasoned.difficulty() > 0);
        assertEquals(0.2, fresh.difficulty(), 1e-9);
    }

    @Test
    void jointMapRecoversDifficultiesBetterThanThePriors() {
        SplittableRandom random = new SplittableRandom(11);
        Map<String, Double> priors = new HashMap<>();
        Map<String, Double> truth = new HashMap<>();
        double[] levelPriors = {-2.25, -0.75, 0.75, 2.25};
        for (int i = 0; i < 80; i++) {
            double prior = levelPriors[i % 4];
            priors.put("i" + i, prior);
            truth.put("i" + i, prior + random.nextDouble(-1, 1));
        }
        List<Calibration.Response> responses = new ArrayList<>();
        for (int p = 0; p < 400; p++) {
            double ability = random.nextDouble(-3, 3);
            for (int k = 0; k < 25; k++) {
                String item = "i" + random.nextInt(80);
                boolean correct = random.nextDouble() < Rasch.probability(ability, truth.get(item));
                responses.add(new Calibration.Response("p" + p, item, correct));
            }
        }
        Calibration.Estimates estimates = Calibration.jointMap(responses, priors, 1.0, 1.5, 30);
        double priorError = 0;
        double estimateError = 0;
        for (String id : priors.keySet()) {
            priorError += Math.pow(priors.get(id) - truth.get(id), 2);
            estimateError += Math.pow(estimates.difficulties().get(id) - truth.get(id), 2);
        }
        priorError = Math.sqrt(priorError / 80);
        estimateError = Math.sqrt(estimateError / 80);
        assertTrue(estimateError < 0.6 * priorError, "estimate " + estimateError + " prior " + priorError);
        assertEquals(400, estimates.abilities().size());
    }

    @Test
    void jointMapKeepsAnItemThatNobodyMissedFinite() {
        List<Calibration.Response> responses = new ArrayList<>();
        for (int p = 0; p < 50; p++) {
            responses.add(new Calibration.Response("p" + p, "easy", true));
            responses.add(new Calibration.Response("p" + p, "hard", p % 2 == 0));
        }
        Calibration.Estimates estimates = Calibration.jointMap(responses, Map.of("easy", 0.0, "hard", 0.0), 1.0, 1.5, 50);
        double easy = estimates.difficulties().get("easy");
        assertTrue(Double.isFinite(easy) && easy < -1 && easy > -5, "easy " + easy);
        assertTrue(estimates.difficulties().get("hard") > easy);
    }

    @Test
    void withTheGuessingFloorCalibrationFindsTheDifficultyOfItemsThatLearnersGuess() {
        double trueDifficulty = 0.8;
        Calibration.ItemCalibration plain = new Calibration.ItemCalibration(0, 0);
        Calibration.ItemCalibration floored = new Calibration.ItemCalibration(0, 0);
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 3000; i++) {
            double ability = random.nextDouble(-3, 3);
            boolean correct = random.nextDouble() < Rasch.probability(ability, trueDifficulty, 0.25);
            plain = Calibration.elo(plain, ability, correct);
            floored = Calibration.elo(floored, ability, correct, 0.25);
        }
        assertEquals(trueDifficulty, floored.difficulty(), 0.3);
        assertTrue(plain.difficulty() < trueDifficulty - 0.3, "plain Rasch takes guesses for knowledge: "
                + plain.difficulty());
    }
}
