package org.manabi.content.assessment.attempt;

import java.time.Instant;

/**
 * Fired (CDI event) once an attempt is graded, whether the learner submitted it or the deadline
 * closed it. Progress tracking observes it.
 *
 * @param score    points earned, partial credit included
 * @param expired  closed by the deadline rather than by the learner
 */
public record QuizAttemptSubmitted(long attemptId, long quizId, String quizCode, long accountId, double score,
                                   int maxScore, boolean passed, boolean expired, Instant submittedAt) {
}
