package org.manabi.web.placement;

import java.time.LocalDate;
import java.util.List;
import org.manabi.content.assessment.placement.PlacementResult;
import org.manabi.content.assessment.placement.PlacementScale;
import org.manabi.content.assessment.studyplan.StudyPlanner;
import org.manabi.content.catalog.Level;

/**
 * What a finished placement found.
 *
 * @param band            e.g. {@code JLPT_N4}, or {@code BELOW_N5}
 * @param level           the level placed at, null below the easiest
 * @param top             true for the hardest level, which also holds everyone above it
 * @param suggestedTarget the next level up, for the study plan form
 * @param levels          the scale's levels, easiest first, for the target choice
 * @param defaultEndDate  the end of the learner's cohort (or half a year ahead), for the form
 */
public record ResultView(String scale, String band, String level, boolean top, double ability,
                         double standardError, int itemsAnswered, int correctAnswers, String suggestedTarget,
                         List<String> levels, LocalDate defaultEndDate) {

    static ResultView of(PlacementScale scale, PlacementResult result, String storedBand, LocalDate defaultEnd) {
        PlacementScale.Band band = scale.bands().stream().filter(b -> b.code().equals(storedBand)).findFirst()
                .orElse(result.band());
        Level target = StudyPlanner.nextLevelUp(scale, band);
        return new ResultView(scale.name(), band.code(), band.level() == null ? null : band.level().name(), band.top(),
                result.estimate().ability(), result.estimate().standardError(), result.itemsAnswered(),
                result.correctAnswers(), target.name(), scale.levels().keySet().stream().map(Level::name).toList(),
                defaultEnd);
    }
}
