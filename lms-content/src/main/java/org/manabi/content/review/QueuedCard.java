package org.manabi.content.review;

import org.manabi.content.review.fsrs.CardState;

/**
 * A card ready to be shown: the practice item, where the card is in its life (NEW for an item
 * never rated), the reps a rating must name, and the interval each rating would give.
 */
public record QueuedCard(DeckItem item, CardState state, int reps, NextIntervals intervals) {
}
