package org.manabi.content.assessment.placement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.manabi.content.catalog.Level;

/**
 * What a placement measures: the skills it takes in turn, the initial difficulty of an item of
 * each level (its calibration prior) and the bands that an ability falls into.
 *
 * <p>A band starts at the difficulty of its level: a learner is placed at a level when they would
 * answer a typical item of that level right at least half the time. So an ability below the
 * easiest level's difficulty is "below" it, and one at or above the hardest level's difficulty is
 * "that level or above" — the bank has nothing harder to tell more.
 *
 * <p>The JLPT levels are {@value #JLPT_SPACING} logits apart. With one logit between levels (as a
 * first guess had it) a 20-item Rasch test cannot tell neighbouring levels apart often enough:
 * twenty items of information 0.25 at best give a standard error of about 0.42, so a learner in the
 * middle of a one-logit band is placed right only about three times in four. The spacing is a
 * prior, re-estimated from real answers ({@link Calibration}); see docs/ASSESSMENT-PLACEMENT.md.
 *
 * @param name   a stable name, e.g. "JLPT"
 * @param skills the skills, in the order the test takes them
 * @param levels the levels from easiest to hardest, each with the difficulty of its typical item
 * @param below  the code of the band under the easiest level, e.g. "BELOW_N5"
 */
public record PlacementScale(String name, List<Skill> skills, Map<Level, Double> levels, String below) {

    /** Logits between neighbouring JLPT levels. */
    public static final double JLPT_SPACING = 1.5;

    /** N5 -2.25, N4 -0.75, N3 0.75, N2 2.25; bands BELOW_N5, N5, N4, N3, N2 (meaning N2 or above). */
    public static final PlacementScale JLPT = new PlacementScale("JLPT",
            List.of(Skill.VOCABULARY, Skill.KANJI, Skill.GRAMMAR),
            spaced(JLPT_SPACING, Level.JLPT_N5, Level.JLPT_N4, Level.JLPT_N3, Level.JLPT_N2), "BELOW_N5");

    /** Beginner -1.5, intermediate 0, advanced 1.5, for the IT basics of the IT programmes. */
    public static final PlacementScale IT_BASICS = new PlacementScale("IT_BASICS",
            List.of(Skill.STRATEGY, Skill.MANAGEMENT, Skill.TECHNOLOGY),
            spaced(1.5, Level.BEGINNER, Level.INTERMEDIATE, Level.ADVANCED), "BELOW_BEGINNER");

    /**
     * Where an ability falls.
     *
     * @param code  the level's name ("JLPT_N4") or the scale's below-code ("BELOW_N5")
     * @param level the level placed at, or null below the easiest level
     * @param from  the band's cut score, its lowest ability; null for the band below the easiest
     *              level, which has no lower bound (and JSON has no -Infinity)
     * @param top   true for the hardest level, which also holds everyone above it
     */
    public record Band(String code, Level level, Double from, boolean top) {
    }

    public PlacementScale {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(below, "below");
        skills = List.copyOf(skills);
        if (skills.isEmpty() || levels.isEmpty()) {
            throw new IllegalArgumentException("a scale needs skills and levels");
        }
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        double previous = Double.NEGATIVE_INFINITY;
        for (double d : levels.values()) {
            if (!(d > previous)) {
                throw new IllegalArgumentException("level difficulties must rise from easiest to hardest");
            }
            previous = d;
        }
    }

    /** Levels {@code spacing} logits apart, centred on 0. */
    public static Map<Level, Double> spaced(double spacing, Level... easiestFirst) {
        Map<Level, Double> map = new LinkedHashMap<>();
        double first = -spacing * (easiestFirst.length - 1) / 2.0;
        for (int i = 0; i < easiestFirst.length; i++) {
            map.put(easiestFirst[i], first + i * spacing);
        }
        return map;
    }

    /** The initial (prior) difficulty of an item written for {@code level}. */
    public double difficulty(Level level) {
        Double d = levels.get(level);
        if (d == null) {
            throw new IllegalArgumentException(name + " has no level " + level);
        }
        return d;
    }

    /** The cut scores: the lowest ability of each level's band, easiest level first. */
    public List<Double> cutScores() {
        return List.copyOf(levels.values());
    }

    /** All bands, lowest first. */
    public List<Band> bands() {
        List<Band> bands = new ArrayList<>();
        bands.add(new Band(below, null, null, false));
        List<Level> order = new ArrayList<>(levels.keySet());
        for (int i = 0; i < order.size(); i++) {
            Level level = order.get(i);
            bands.add(new Band(level.name(), level, levels.get(level), i == order.size() - 1));
        }
        return bands;
    }

    public Band band(double ability) {
        List<Band> bands = bands();
        Band found = bands.get(0);
        for (Band b : bands) {
            if (b.from() == null || ability >= b.from()) {
                found = b;
            }
        }
        return found;
    }

    /** The band's position, 0 for the one below the easiest level; for "levels off" comparisons. */
    public int rank(Band band) {
        return bands().indexOf(band);
    }
}
