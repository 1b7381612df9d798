package org.manabi.content.assessment.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The upper-lower 27% discrimination index. */
class DiscriminationTest {

    @Test
    void anItemOnlyTheStrongestGetRightDiscriminatesFully() {
        List<double[]> scores = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // item score, attempt total: the top three (27% of 10, rounded) got it, the rest did not.
            scores.add(new double[] {i >= 7 ? 1 : 0, i / 10.0});
        }
        assertEquals(1.0, Analysis.discrimination(scores), 1e-9);
    }

    @Test
    void anItemTheWeakestGetRightDiscriminatesNegatively() {
        List<double[]> scores = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            scores.add(new double[] {i < 3 ? 1 : 0, i / 10.0});
        }
        assertEquals(-1.0, Analysis.discrimination(scores), 1e-9);
    }

    @Test
    void tooFewAttemptsGiveNoIndex() {
        assertNull(Analysis.discrimination(List.of(new double[] {1, 1}, new double[] {0, 0}, new double[] {1, 0.5})));
    }
}
