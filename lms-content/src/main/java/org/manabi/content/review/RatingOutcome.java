package org.manabi.content.review;

import java.time.Duration;
import java.time.Instant;
import org.manabi.content.review.fsrs.CardState;
import org.manabi.content.review.fsrs.Rating;

/** What a rating did: the card's new state, when it is due, its reps now, and what is left today. */
public record RatingOutcome(String itemKey, Rating rating, CardState state, Instant due, Duration interval,
                            int reps, DueCounts counts) {
}
