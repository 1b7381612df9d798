package org.manabi.web.review;

import java.time.Instant;
import org.manabi.content.review.RatingOutcome;

/** What a rating did: the card's new state and due time, its reps now, and what is left today. */
public record RatingView(String key, String rating, String state, Instant due, long intervalSeconds, int reps,
                         DueCountsView counts) {

    static RatingView of(RatingOutcome outcome) {
        return new RatingView(outcome.itemKey(), outcome.rating().name(), outcome.state().name(), outcome.due(),
                outcome.interval().toSeconds(), outcome.reps(), DueCountsView.of(outcome.counts()));
    }
}
