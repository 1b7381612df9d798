package org.manabi.content.review;

import java.util.List;

/** The next cards of a learner's queue, in the order to show them, and what is left today. */
public record ReviewBatch(DueCounts counts, List<QueuedCard> cards) {

    public ReviewBatch {
        cards = List.copyOf(cards);
    }
}
