package org.manabi.content.review.fsrs;

import java.time.Instant;

/**
 * What FSRS remembers about one card, as an immutable value: each review returns a new one.
 *
 * @param state where the card is in its life
 * @param step the index of the current learning or relearning step; 0 for NEW and REVIEW cards
 * @param stability days until retrievability falls to 90%; 0 for a NEW card
 * @param difficulty from 1 (easiest) to 10; 0 for a NEW card
 * @param due when the card should next be shown
 * @param lastReview when it was last reviewed; null for a NEW card, which has never been
 * @param reps how many reviews it has had
 * @param lapses how many times it was forgotten (rated AGAIN) while in REVIEW
 */
public record FsrsCard(
        CardState state,
        int step,
        double stability,
        double difficulty,
        Instant due,
        Instant lastReview,
        int reps,
        int lapses) {

    /** Lowest stability the formulas may produce, as in the reference implementations. */
    public static final double MINIMUM_STABILITY = 0.001;
    public static final double MINIMUM_DIFFICULTY = 1.0;
    public static final double MAXIMUM_DIFFICULTY = 10.0;

    public FsrsCard {
        if (state == null) {
            throw new IllegalArgumentException("A card needs a state");
        }
        if (due == null) {
            throw new IllegalArgumentException("A card needs a due time");
        }
        if (step < 0 || reps < 0 || lapses < 0) {
            throw new IllegalArgumentException(
                    "step, reps and lapses cannot be negative, got step=" + step + ", reps=" + reps + ", lapses=" + lapses);
        }
        if (lapses > reps) {
            throw new IllegalArgumentException("A card cannot lapse more often than it was reviewed: lapses=" + lapses + ", reps=" + reps);
        }
        if ((state == CardState.NEW || state == CardState.REVIEW) && step != 0) {
            throw new IllegalArgumentException("Only learning and relearning cards have a step, got step " + step + " for " + state);
        }
        if (state == CardState.NEW) {
            if (lastReview != null || stability != 0 || difficulty != 0 || reps != 0) {
                throw new IllegalArgumentException(
                        "A NEW card has never been reviewed: no last review, stability, difficulty or reps");
            }
        } else {
            if (lastReview == null) {
                throw new IllegalArgumentException("A " + state + " card has been reviewed, so it needs its last review time");
            }
            if (!(stability >= MINIMUM_STABILITY && Double.isFinite(stability))) {
                throw new IllegalArgumentException(
                        "stability must be finite and at least " + MINIMUM_STABILITY + ", got " + stability);
            }
            if (!(difficulty >= MINIMUM_DIFFICULTY && difficulty <= MAXIMUM_DIFFICULTY)) {
                throw new IllegalArgumentException(
                        "difficulty must be in [" + MINIMUM_DIFFICULTY + ", " + MAXIMUM_DIFFICULTY + "], got " + difficulty);
            }
            if (reps == 0) {
                throw new IllegalArgumentException("A " + state + " card has been reviewed at least once, got reps=0");
            }
        }
    }

    /** A card never reviewed, due at the given time (usually when it is added to the queue). */
    public static FsrsCard newCard(Instant due) {
        return new FsrsCard(CardState.NEW, 0, 0, 0, due, null, 0, 0);
    }

    public boolean isDue(Instant now) {
        return !now.isBefore(due);
    }
}
