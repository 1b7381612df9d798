package org.manabi.content.review.fsrs;

import java.time.Duration;
import java.time.Instant;

/**
 * One review as it happened, kept so a card's memory can be recomputed later (for instance with
 * other parameters) from its history of ratings and times.
 *
 * @param rating what the learner answered
 * @param reviewedAt when
 * @param stateBefore the card's state before this review
 * @param elapsedDays whole days since the previous review; 0 for the first one
 * @param scheduledInterval how long until the card is due again
 */
public record ReviewLog(
        Rating rating,
        Instant reviewedAt,
        CardState stateBefore,
        long elapsedDays,
        Duration scheduledInterval) {

    public ReviewLog {
        if (rating == null || reviewedAt == null || stateBefore == null || scheduledInterval == null) {
            throw new IllegalArgumentException("A review log needs a rating, a time, the state before and the interval");
        }
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("elapsedDays cannot be negative, got " + elapsedDays);
        }
    }
}
