package org.manabi.content.assessment.item;

import java.util.List;

/**
 * The result of grading one response.
 *
 * @param score             the share of the item's points earned, from 0 to 1; the item's points
 *                          live with the assessment, not the body
 * @param correct           whether the response earned full credit and needs no review
 * @param needsManualReview whether a teacher must look at it: the score counts what is already
 *                          decided (0 for the part under review) and may rise after the review
 * @param malformed         whether the response could not have come from the item as presented:
 *                          the wrong shape, an option id the item does not have, an order that is
 *                          not a permutation. Such a response scores 0 all the same (in a passage,
 *                          only the part that is malformed does); the flag is for logging and
 *                          support, not for the learner. A missing (null) response is unanswered,
 *                          not malformed
 * @param parts             one grade per blank of a fill-in-the-blank item or per sub-item of a
 *                          passage or listening item, in order; empty for other types
 */
public record Grade(double score, boolean correct, boolean needsManualReview, boolean malformed, List<Grade> parts) {

    public Grade {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score: must be between 0 and 1, was " + score);
        }
        if (correct && (score != 1 || needsManualReview || malformed)) {
            throw new IllegalArgumentException("correct: only a full score with nothing to review is correct");
        }
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** Full credit. */
    public static Grade right() {
        return new Grade(1, true, false, false, List.of());
    }

    /** No credit: a wrong or missing answer. */
    public static Grade wrong() {
        return new Grade(0, false, false, false, List.of());
    }

    /** No credit, because the response does not fit the item. */
    public static Grade malformedResponse() {
        return new Grade(0, false, false, true, List.of());
    }

    /** No credit until a teacher has looked at it. */
    public static Grade awaitingReview() {
        return new Grade(0, false, true, false, List.of());
    }

    /** Partial credit; correct when the score is 1. */
    public static Grade partial(double score) {
        return new Grade(score, score == 1, false, false, List.of());
    }
}
