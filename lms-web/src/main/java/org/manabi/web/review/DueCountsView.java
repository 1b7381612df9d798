package org.manabi.web.review;

import org.manabi.content.review.DueCounts;

/** What is left today: reviews, learning steps and new cards, and their sum. */
public record DueCountsView(int reviews, int learning, int fresh, int total) {

    static DueCountsView of(DueCounts counts) {
        return new DueCountsView(counts.reviews(), counts.learning(), counts.fresh(), counts.total());
    }
}
