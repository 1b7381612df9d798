package org.manabi.web.review;

import org.manabi.content.review.DeckSummary;

/**
 * A deck and the learner's progress in it.
 *
 * @param kind VOCAB or KANJI
 * @param level the catalog level, e.g. JLPT_N5
 */
public record DeckView(String code, String level, String kind, boolean started, int total, int begun, int dueToday) {

    static DeckView of(DeckSummary deck) {
        return new DeckView(deck.code(), deck.level().name(), deck.kind().name(), deck.started(), deck.total(),
                deck.begun(), deck.dueToday());
    }
}
