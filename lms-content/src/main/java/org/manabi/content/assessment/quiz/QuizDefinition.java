package org.manabi.content.assessment.quiz;

import java.time.Instant;
import java.util.List;

/**
 * What an author gives for a quiz. The items shown are the fixed items in order, then each draw's
 * items; draws are made afresh for every attempt.
 *
 * @param code             the stable name a QUIZ lesson refers to: letters, digits, '.', '_', '-'
 * @param timeLimitMinutes null for no limit
 * @param maxAttempts      null for no limit
 * @param passPercent      the share of points needed to pass, 0 to 100
 */
public record QuizDefinition(String code, String title, String description, Integer timeLimitMinutes,
                             Integer maxAttempts, int passPercent, FeedbackPolicy feedback, List<ItemRef> items,
                             List<Draw> draws, List<Window> windows) {

    public QuizDefinition {
        items = items == null ? List.of() : List.copyOf(items);
        draws = draws == null ? List.of() : List.copyOf(draws);
        windows = windows == null ? List.of() : List.copyOf(windows);
        feedback = feedback == null ? FeedbackPolicy.IMMEDIATE : feedback;
    }

    /** The same settings with other fixed items. */
    public QuizDefinition withItems(List<ItemRef> fixed) {
        return new QuizDefinition(code, title, description, timeLimitMinutes, maxAttempts, passPercent, feedback,
                fixed, draws, windows);
    }

    /** A bank item always in the quiz, worth {@code points}. */
    public record ItemRef(long bankItemId, int points) {
    }

    /** {@code count} items picked at random among those carrying {@code tag} (and {@code level} when given). */
    public record Draw(String tag, String level, int count, int points) {

        public Draw {
            tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(java.util.Locale.ROOT);
            level = level == null || level.isBlank() ? null : level.strip().toUpperCase(java.util.Locale.ROOT);
        }
    }

    /** When the quiz is open to a cohort's learners, or to everyone when {@code cohortId} is null. */
    public record Window(Long cohortId, Instant opensAt, Instant closesAt) {
    }
}
