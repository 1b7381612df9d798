package org.manabi.content.review;

import org.manabi.content.catalog.Level;
import org.manabi.content.library.PracticeItem;

/**
 * A deck as one learner sees it.
 *
 * @param total    items in the deck
 * @param begun    items the learner has rated at least once
 * @param dueToday begun cards due before the learner's day ends
 */
public record DeckSummary(String code, Level level, PracticeItem.Kind kind, boolean started, int total, int begun,
                          int dueToday) {
}
