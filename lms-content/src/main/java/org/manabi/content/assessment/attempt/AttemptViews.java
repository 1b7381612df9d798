package org.manabi.content.assessment.attempt;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;

/** What the attempt service hands out: records with no entity inside, ready for JSON. */
public final class AttemptViews {

    private AttemptViews() {
    }

    /**
     * A learner's view of a quiz before starting.
     *
     * @param refusal  why the learner cannot start now ({@code not-open-yet}, {@code closed},
     *                 {@code not-in-cohort}, {@code attempts-used-up}), or null when they can
     * @param opensAt  the next or current window's opening, when the quiz has windows
     * @param openAttemptId the attempt in progress, to resume, or null
     */
    public record QuizStatus(long quizId, String code, String title, String description, int itemCount,
                             Integer timeLimitMinutes, Integer maxAttempts, int attemptsUsed, int passPercent,
                             String feedback, String refusal, Instant opensAt, Instant closesAt,
                             Long openAttemptId, List<Summary> attempts) {
    }

    /**
     * One attempt in a history. Score and pass are null while the feedback is held back.
     */
    public record Summary(long attemptId, long quizId, String quizTitle, long accountId, int number,
                          Instant startedAt, Instant closesAt, Instant submittedAt, boolean expired,
                          boolean feedbackReleased, Instant feedbackAt, Double score, int maxScore, Boolean passed,
                          boolean needsReview) {
    }

    /**
     * An attempt in progress: answer-free items and the answers saved so far.
     *
     * @param serverNow the server's time, so the page counts down to {@code closesAt} by the
     *                  server's clock and not the phone's
     */
    public record Paper(long attemptId, long quizId, String quizTitle, int number, Instant startedAt,
                        Instant closesAt, Instant serverNow, List<PaperItem> items) {
    }

    /** @param item the presented item with its HTML; @param answer the saved answer or JSON null */
    public record PaperItem(int position, int points, JsonObject item, JsonValue answer) {
    }

    /** A closed attempt; {@code items} is empty while the feedback is held back. */
    public record Result(Summary summary, List<ResultItem> items) {
    }

    /**
     * @param solution the item as stored, answers included, with its HTML
     * @param score    the share of the points earned, 0 to 1
     */
    public record ResultItem(int position, int points, JsonObject item, JsonValue answer, double score,
                             boolean correct, boolean needsReview, JsonObject solution) {
    }
}
