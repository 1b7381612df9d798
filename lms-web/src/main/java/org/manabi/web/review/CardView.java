package org.manabi.web.review;

import org.manabi.content.review.QueuedCard;

/**
 * A card to show. The reading and meaning come with it so "Show answer" needs no second request on
 * a slow connection; the screen keeps them hidden until the learner asks.
 *
 * @param key       what a rating names
 * @param reps      what a rating must send back, so a second tap on the same showing is refused
 * @param state     NEW, LEARNING, REVIEW or RELEARNING
 * @param example   a Japanese sentence using the word, with {@code exampleEnglish}; null when there is none
 * @param intervals seconds until the card comes back after each rating
 */
public record CardView(String key, String deck, String kind, String level, String prompt, String reading,
                       String meaning, String partOfSpeech, String example, String exampleEnglish, String state,
                       int reps, IntervalsView intervals) {

    /** Seconds until the card is due again after AGAIN, HARD, GOOD and EASY. */
    public record IntervalsView(long again, long hard, long good, long easy) {
    }

    static CardView of(QueuedCard card) {
        var item = card.item().item();
        var next = card.intervals();
        return new CardView(card.item().key(), card.item().deckCode(), item.kind().name(), item.level().name(),
                item.prompt(), item.reading(), item.answer(), item.partOfSpeech(),
                card.item().example() == null ? null : card.item().example().japanese(),
                card.item().example() == null ? null : card.item().example().english(), card.state().name(), card.reps(),
                new IntervalsView(next.again().toSeconds(), next.hard().toSeconds(), next.good().toSeconds(),
                        next.easy().toSeconds()));
    }
}
