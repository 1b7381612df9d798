package org.manabi.content.review.fsrs;

/** Where a card is in its life: never seen, in short learning steps, in day-long reviews, or relearning after a lapse. */
public enum CardState {
    /** Never reviewed: it has no stability or difficulty yet. */
    NEW,
    /** Going through the learning steps (minutes apart) after its first reviews. */
    LEARNING,
    /** Scheduled in whole days from its stability. */
    REVIEW,
    /** Forgotten in review and going through the relearning steps. */
    RELEARNING
}
