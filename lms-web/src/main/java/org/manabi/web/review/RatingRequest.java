package org.manabi.web.review;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.manabi.content.review.fsrs.Rating;

/**
 * A rating of one showing of a card.
 *
 * <p>The canonical constructor is written out so the constraints stay on the fields and accessors
 * only (ARCHITECTURE.md, decision (i)).
 *
 * @param key    the card's key, as the batch gave it
 * @param rating AGAIN, HARD, GOOD or EASY
 * @param reps   the card's reps as the batch gave them
 */
public record RatingRequest(@NotNull @Size(max = 300) String key, @NotNull Rating rating, @NotNull @Min(0) Integer reps) {

    public RatingRequest(String key, Rating rating, Integer reps) {
        this.key = key;
        this.rating = rating;
        this.reps = reps;
    }
}
