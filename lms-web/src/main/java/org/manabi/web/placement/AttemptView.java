package org.manabi.web.placement;

import java.time.Instant;

/**
 * A placement test and where the learner is in it.
 *
 * @param answered  questions answered so far
 * @param maxItems  the most questions the test asks; it may stop earlier once the level is clear
 * @param question  the question to answer now; null once finished
 * @param finished  whether the result is ready ({@code GET .../result})
 */
public record AttemptView(long id, String scale, boolean finished, int answered, int maxItems, Instant startedAt,
                          Instant finishedAt, QuestionView question) {
}
