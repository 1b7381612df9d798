package org.manabi.content.review.fsrs;

/**
 * What one review produces: the card as it now is, and the log of the review.
 *
 * @param card the card after the review, with its new memory and due time
 * @param log the review itself
 */
public record ReviewOutcome(FsrsCard card, ReviewLog log) {

    public ReviewOutcome {
        if (card == null || log == null) {
            throw new IllegalArgumentException("A review outcome needs the card and the log");
        }
    }
}
