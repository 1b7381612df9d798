package org.manabi.web.review;

import java.util.List;
import org.manabi.content.review.ReviewBatch;

/** The next cards in the order to show them, and what is left today. */
public record BatchView(DueCountsView counts, List<CardView> cards) {

    static BatchView of(ReviewBatch batch) {
        return new BatchView(DueCountsView.of(batch.counts()), batch.cards().stream().map(CardView::of).toList());
    }
}
