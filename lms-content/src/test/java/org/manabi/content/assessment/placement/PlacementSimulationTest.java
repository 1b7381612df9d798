package org.manabi.content.assessment.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.manabi.content.catalog.Level;

/**
 * Simulated learners of known ability answer by the Rasch model itself, with a seeded generator:
 * the test must find their level. Each learner sits in the middle of a band, so "right level" is
 * well defined.
 */
class PlacementSimulationTest {

    private static final int SESSIONS = 200;
    private static List<PlacementItem> bank;
    private static Placement placement;

    /** Band centres: below N5, N5, N4, N3, N2-or-above. */
    static final double[] TRUE_ABILITIES = {-3.0, -1.5, 0.0, 1.5, 3.0};

    @BeforeAll
    static void buildBank() {
        bank = JlptPlacementPool.fromLibrary(PlacementSimulationTest.class.getClassLoader(), PlacementScale.JLPT, 7L);
        placement = new Placement(PlacementScale.JLPT, bank, PlacementConfig.DEFAULT);
    }

    record Run(PlacementResult result, List<Double> estimates) {
    }

    /** One simulated session: the learner answers right with the Rasch probability. */
    static Run simulate(Placement placement, double trueAbility, long seed, boolean adaptive) {
        return simulate(placement, trueAbility, seed, adaptive, 0);
    }

    /** The learner guesses: knows the answer with the Rasch probability, else picks one of four at random. */
    static Run simulate(Placement placement, double trueAbility, long seed, boolean adaptive, double guessing) {
        RandomGenerator chooser = new SplittableRandom(seed);
        RandomGenerator learner = new SplittableRandom(seed * 31 + 17);
        PlacementSession session = placement.start();
        List<Double> estimates = new ArrayList<>();
        List<PlacementItem> shuffled = adaptive ? List.of() : shuffledBank(seed);
        int next = 0;
        while (!placement.finished(session)) {
            PlacementItem item = adaptive ? placement.nextItem(session, chooser).orElseThrow() : shuffled.get(next++);
            boolean correct = learner.nextDouble() < Rasch.probability(trueAbility, item.difficulty(), guessing);
            session = placement.answer(session, item.id(), correct);
            estimates.add(session.estimate().ability());
        }
        return new Run(placement.result(session), estimates);
    }

    private static List<PlacementItem> shuffledBank(long seed) {
        List<PlacementItem> copy = new ArrayList<>(bank);
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            PlacementItem t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy;
    }

    @Test
    void placesSimulatedLearnersAtTheirLevel() {
        PlacementScale scale = PlacementScale.JLPT;
        StringBuilder report = new StringBuilder("placement simulation, " + SESSIONS + " sessions per ability:\n");
        for (double ability : TRUE_ABILITIES) {
            PlacementScale.Band truth = scale.band(ability);
            int exact = 0;
            int withinOne = 0;
            int maxItems = 0;
            double itemsSum = 0;
            for (int s = 0; s < SESSIONS; s++) {
                PlacementResult r = simulate(placement, ability, 1000L * s + (long) (ability * 10), true).result();
                int off = Math.abs(scale.rank(r.band()) - scale.rank(truth));
                exact += off == 0 ? 1 : 0;
                withinOne += off <= 1 ? 1 : 0;
                maxItems = Math.max(maxItems, r.itemsAnswered());
                itemsSum += r.itemsAnswered();
            }
            report.append(String.format(Locale.ROOT, "  θ=%+.1f (%s): exact %.1f%%, within one level %.1f%%,"
                            + " mean items %.1f, max items %d%n", ability, truth.code(), 100.0 * exact / SESSIONS,
                    100.0 * withinOne / SESSIONS, itemsSum / SESSIONS, maxItems));
            assertTrue(exact >= 0.80 * SESSIONS, truth.code() + " exact " + exact);
            assertTrue(withinOne >= 0.98 * SESSIONS, truth.code() + " within one " + withinOne);
            assertTrue(maxItems <= 20, "items " + maxItems);
        }
        System.out.print(report);
    }

    @Test
    void convergesFasterThanRandomItemOrder() {
        double adaptiveSquares10 = 0;
        double randomSquares10 = 0;
        double adaptiveSquares20 = 0;
        double randomSquares20 = 0;
        int n = 0;
        for (double ability : TRUE_ABILITIES) {
            for (int s = 0; s < 100; s++) {
                Run adaptive = simulate(placement, ability, 77L * s + 5, true);
                Run random = simulate(placement, ability, 77L * s + 5, false);
                adaptiveSquares10 += square(adaptive.estimates().get(9) - ability);
                randomSquares10 += square(random.estimates().get(9) - ability);
                adaptiveSquares20 += square(adaptive.estimates().get(19) - ability);
                randomSquares20 += square(random.estimates().get(19) - ability);
                n++;
            }
        }
        double a10 = Math.sqrt(adaptiveSquares10 / n);
        double r10 = Math.sqrt(randomSquares10 / n);
        double a20 = Math.sqrt(adaptiveSquares20 / n);
        double r20 = Math.sqrt(randomSquares20 / n);
        System.out.printf(Locale.ROOT, "RMSE after 10 items: adaptive %.3f, random order %.3f; after 20: adaptive %.3f,"
                + " random order %.3f%n", a10, r10, a20, r20);
        assertTrue(a10 < 0.85 * r10, "after 10 items adaptive " + a10 + " random " + r10);
        assertTrue(a20 < 0.85 * r20, "after 20 items adaptive " + a20 + " random " + r20);
    }

    @Test
    void stopsEarlierThanRandomOrderWhenTheStandardErrorIsTheGoal() {
        Placement early = new Placement(PlacementScale.JLPT, bank,
                PlacementConfig.DEFAULT.withTargetStandardError(0.55).withMaxItems(60));
        double adaptiveItems = 0;
        double randomItems = 0;
        for (double ability : TRUE_ABILITIES) {
            for (int s = 0; s < 40; s++) {
                adaptiveItems += simulate(early, ability, 13L * s, true).result().itemsAnswered();
                randomItems += simulate(early, ability, 13L * s, false).result().itemsAnswered();
            }
        }
        System.out.printf(Locale.ROOT, "items to reach SE 0.55: adaptive %.1f, random order %.1f%n",
                adaptiveItems / 200, randomItems / 200);
        assertTrue(adaptiveItems < 0.8 * randomItems, "adaptive " + adaptiveItems + " random " + randomItems);
    }

    @Test
    void allRightEndsAtTheTopAndAllWrongAtTheBottom() {
        PlacementSession right = placement.start();
        PlacementSession wrong = placement.start();
        RandomGenerator random = new SplittableRandom(3);
        while (!placement.finished(right)) {
            right = placement.answer(right, placement.nextItem(right, random).orElseThrow().id(), true);
        }
        while (!placement.finished(wrong)) {
            wrong = placement.answer(wrong, placement.nextItem(wrong, random).orElseThrow().id(), false);
        }
        PlacementResult top = placement.result(right);
        PlacementResult bottom = placement.result(wrong);
        assertEquals(Level.JLPT_N2, top.level());
        assertTrue(top.band().top());
        assertEquals("BELOW_N5", bottom.band().code());
        assertEquals(null, bottom.level());
        assertEquals(20, top.itemsAnswered());
        assertEquals(20, bottom.itemsAnswered());
    }

    @Test
    void theSameSeedGivesTheSameSession() {
        Run first = simulate(placement, 0.7, 42, true);
        Run second = simulate(placement, 0.7, 42, true);
        assertEquals(first.estimates(), second.estimates());
        assertEquals(first.result(), second.result());
        Run other = simulate(placement, 0.7, 43, true);
        assertTrue(!other.estimates().equals(first.estimates()) || !other.result().equals(first.result()));
    }

    @Test
    void skillsTakeTurns() {
        PlacementSession session = placement.start();
        RandomGenerator random = new SplittableRandom(9);
        List<Skill> order = new ArrayList<>();
        while (!placement.finished(session)) {
            PlacementItem item = placement.nextItem(session, random).orElseThrow();
            order.add(item.skill());
            session = placement.answer(session, item.id(), random.nextBoolean());
        }
        for (int i = 0; i < order.size(); i++) {
            assertEquals(PlacementScale.JLPT.skills().get(i % 3), order.get(i), "item " + i);
        }
        PlacementResult result = placement.result(session);
        assertTrue(result.itemsPerSkill().values().stream().allMatch(c -> c >= 6 && c <= 7), result.itemsPerSkill()
                .toString());
    }

    @Test
    void replayingTheStoredAnswersRebuildsTheSession() {
        PlacementSession session = placement.start();
        RandomGenerator random = new SplittableRandom(21);
        while (!placement.finished(session)) {
            session = placement.answer(session, placement.nextItem(session, random).orElseThrow().id(),
                    random.nextDouble() < 0.6);
        }
        PlacementSession replayed = placement.replay(session.answers());
        assertEquals(session, replayed);
        assertEquals(placement.result(session), placement.result(replayed));
    }

    private static double square(double x) {
        return x * x;
    }

    /**
     * Learners who guess when they do not know (one time in four right) fool the plain Rasch model
     * into placing them too high; the four-option configuration with its guessing floor does not.
     */
    @Test
    void theGuessingFloorKeepsGuessersFromBeingPlacedTooHigh() {
        Placement plain = placement;
        Placement floored = new Placement(PlacementScale.JLPT, bank, PlacementConfig.FOUR_OPTIONS);
        PlacementScale scale = PlacementScale.JLPT;
        StringBuilder report = new StringBuilder("guessing learners (c = 0.25), " + SESSIONS + " sessions each:\n");
        for (double ability : TRUE_ABILITIES) {
            int plainHigh = 0;
            int flooredHigh = 0;
            int flooredExact = 0;
            int flooredWithinOne = 0;
            for (int s = 0; s < SESSIONS; s++) {
                long seed = 500L * s + (long) (ability * 10);
                int truth = scale.rank(scale.band(ability));
                int plainRank = scale.rank(simulate(plain, ability, seed, true, 0.25).result().band());
                int flooredRank = scale.rank(simulate(floored, ability, seed, true, 0.25).result().band());
                plainHigh += plainRank > truth ? 1 : 0;
                flooredHigh += flooredRank > truth ? 1 : 0;
                flooredExact += flooredRank == truth ? 1 : 0;
                flooredWithinOne += Math.abs(flooredRank - truth) <= 1 ? 1 : 0;
            }
            report.append(String.format(Locale.ROOT, "  θ=%+.1f: plain Rasch too high %.1f%%; with the floor exact %.1f%%,"
                            + " within one %.1f%%, too high %.1f%%%n", ability, 100.0 * plainHigh / SESSIONS,
                    100.0 * flooredExact / SESSIONS, 100.0 * flooredWithinOne / SESSIONS,
                    100.0 * flooredHigh / SESSIONS));
            assertTrue(flooredWithinOne >= 0.98 * SESSIONS, ability + " within one " + flooredWithinOne);
            assertTrue(flooredExact >= 0.65 * SESSIONS, ability + " exact " + flooredExact);
            assertTrue(flooredHigh <= 0.3 * SESSIONS, ability + " too high " + flooredHigh);
            if (ability < 0) {
                assertTrue(plainHigh > 0.4 * SESSIONS && plainHigh > 2 * flooredHigh,
                        ability + " plain too high " + plainHigh + ", floored " + flooredHigh);
            }
        }
        System.out.print(report);
    }
}
