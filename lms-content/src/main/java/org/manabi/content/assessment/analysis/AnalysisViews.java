package org.manabi.content.assessment.analysis;

import java.util.List;

/** Records the analysis hands out. */
public final class AnalysisViews {

    private AnalysisViews() {
    }

    /**
     * How well a learner does in one skill or tag: points earned over points possible across the
     * items of their closed attempts that carry it.
     *
     * @param percent 0 to 100, rounded
     */
    public record Proficiency(String kind, String name, int items, double earned, int possible, int percent) {
    }

    /**
     * One bank item of a quiz over its closed attempts.
     *
     * @param facility       the mean share of points earned, 0 (nobody) to 1 (everybody)
     * @param discrimination the upper-lower index: the mean score of the item in the 27% of attempts
     *                       with the highest totals minus that in the lowest 27%, -1 to 1; null
     *                       with fewer than 4 attempts
     * @param options        for choice items, how often each option was picked
     */
    public record ItemStatistics(long bankItemId, String type, String prompt, String promptHtml, int attempts,
                                 double facility,
                                 Double discrimination, List<OptionCount> options) {
    }

    /**
     * @param html    the option's text rendered inline, furigana included
     * @param correct whether the option is a right answer; a wrong one picked is a distractor at work
     */
    public record OptionCount(String optionId, String text, String html, boolean correct, int chosen) {
    }

    public record QuizAnalysis(long quizId, String title, int attempts, double meanPercent, int passed,
                               List<ItemStatistics> items) {
    }
}
