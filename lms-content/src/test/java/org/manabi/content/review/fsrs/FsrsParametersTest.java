package org.manabi.content.review.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class FsrsParametersTest {

    private static String refused(Executable construction) {
        return assertThrows(IllegalArgumentException.class, construction).getMessage();
    }

    private static List<Double> defaultWeightsWith(int index, double value) {
        List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        weights.set(index, value);
        return weights;
    }

    /**
     * py-fsrs 6 fsrs/scheduler.py DEFAULT_PARAMETERS and Scheduler defaults; fsrs-rs
     * src/inference_v6.rs FSRS6_DEFAULT_PARAMETERS (the same 21 weights).
     */
    @Test
    void defaultsAreThePublishedOnes() {
        FsrsParameters defaults = FsrsParameters.DEFAULT;
        assertEquals(List.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
                1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542), defaults.weights());
        assertEquals(0.9, defaults.desiredRetention());
        assertEquals(36500, defaults.maximumIntervalDays());
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), defaults.learningSteps());
        assertEquals(List.of(Duration.ofMinutes(10)), defaults.relearningSteps());
    }

    /** py-fsrs 6 tests/test_basic.py test_custom_scheduler_args: parameters2 are valid. */
    @Test
    void otherValidWeightsAreAccepted() {
        List<Double> weights = List.of(0.1456, 0.4186, 1.1104, 4.1315, 5.2417, 1.3098, 0.8975, 0.0010, 1.5674, 0.0567,
                0.9661, 2.0275, 0.1592, 0.2446, 1.5071, 0.2272, 2.8755, 1.234, 0.56789, 0.1437, 0.2);
        FsrsParameters parameters = new FsrsParameters(weights, 0.85, 3650, List.of(), List.of());
        assertEquals(weights, parameters.weights());
        assertEquals(0.2, parameters.weight(20));
    }

    /** py-fsrs 6 tests/test_basic.py test_scheduler_parameter_validation, with the bad index named. */
    @Test
    void weightsOutOfBoundsAreRefusedByIndex() {
        String tooHigh = refused(() -> FsrsParameters.DEFAULT.withWeights(defaultWeightsWith(6, 100)));
        assertTrue(tooHigh.contains("w6 = 100.0 is outside [0.001, 4.0]"), tooHigh);

        String tooLow = refused(() -> FsrsParameters.DEFAULT.withWeights(defaultWeightsWith(10, -42)));
        assertTrue(tooLow.contains("w10 = -42.0"), tooLow);

        List<Double> twoBad = defaultWeightsWith(0, 0);
        twoBad.set(3, 101.0);
        String both = refused(() -> FsrsParameters.DEFAULT.withWeights(twoBad));
        assertTrue(both.contains("w0 = 0.0") && both.contains("w3 = 101.0"), both);

        String notANumber = refused(() -> FsrsParameters.DEFAULT.withWeights(defaultWeightsWith(20, Double.NaN)));
        assertTrue(notANumber.contains("w20 = NaN"), notANumber);

        List<Double> withNull = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        withNull.set(5, null);
        assertTrue(refused(() -> FsrsParameters.DEFAULT.withWeights(withNull)).contains("w5 = null"));
    }

    @Test
    void theWrongNumberOfWeightsIsRefused() {
        List<Double> fsrs5 = FsrsParameters.DEFAULT_WEIGHTS.subList(0, 19);
        String message = refused(() -> FsrsParameters.DEFAULT.withWeights(fsrs5));
        assertTrue(message.contains("21") && message.contains("19"), message);
        refused(() -> FsrsParameters.DEFAULT.withWeights(List.of()));
        List<Double> tooMany = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        tooMany.addAll(List.of(1.0, 2.0, 3.0));
        refused(() -> FsrsParameters.DEFAULT.withWeights(tooMany));
        refused(() -> FsrsParameters.DEFAULT.withWeights(null));
    }

    @Test
    void desiredRetentionMustBeAProbabilityBelowOne() {
        for (double retention : new double[] {0, 1, -0.1, 1.5, Double.NaN}) {
            String message = refused(() -> FsrsParameters.DEFAULT.withDesiredRetention(retention));
            assertTrue(message.contains("desiredRetention"), message);
        }
        assertEquals(0.97, FsrsParameters.DEFAULT.withDesiredRetention(0.97).desiredRetention());
    }

    @Test
    void maximumIntervalMustBeAtLeastADay() {
        assertTrue(refused(() -> FsrsParameters.DEFAULT.withMaximumIntervalDays(0)).contains("maximumIntervalDays"));
        refused(() -> FsrsParameters.DEFAULT.withMaximumIntervalDays(-5));
        assertEquals(1, FsrsParameters.DEFAULT.withMaximumIntervalDays(1).maximumIntervalDays());
    }

    @Test
    void stepsMustBePositiveDurations() {
        String zero = refused(() -> FsrsParameters.DEFAULT.withLearningSteps(List.of(Duration.ofMinutes(1), Duration.ZERO)));
        assertTrue(zero.contains("learningSteps[1]"), zero);
        String negative = refused(() -> FsrsParameters.DEFAULT.withRelearningSteps(List.of(Duration.ofMinutes(-10))));
        assertTrue(negative.contains("relearningSteps[0]"), negative);
        refused(() -> FsrsParameters.DEFAULT.withLearningSteps(null));
        refused(() -> FsrsParameters.DEFAULT.withRelearningSteps(Arrays.asList((Duration) null)));
    }

    @Test
    void theParametersKeepTheirOwnCopies() {
        List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        FsrsParameters parameters = FsrsParameters.DEFAULT.withWeights(weights);
        weights.set(0, 50.0);
        assertEquals(0.212, parameters.weight(0));
        assertThrows(UnsupportedOperationException.class, () -> parameters.weights().set(0, 1.0));
    }
}
