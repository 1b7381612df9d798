package org.manabi.content.review;

import java.time.Duration;
import org.manabi.content.review.fsrs.Rating;

/** How long until a card comes back after each rating, shown under the rating buttons. */
public record NextIntervals(Duration again, Duration hard, Duration good, Duration easy) {

    public Duration of(Rating rating) {
        return switch (rating) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
    }
}
