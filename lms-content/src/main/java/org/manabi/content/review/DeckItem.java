package org.manabi.content.review;

import org.manabi.content.library.JlptLibrary;
import org.manabi.content.library.PracticeItem;

/**
 * One practice item as a deck holds it.
 *
 * @param key      identifies the item across restarts and re-imports: deck code, prompt and reading
 *                 (see {@link Deck#of})
 * @param deckCode the deck it belongs to
 * @param position its place in the deck, which is the order new cards are introduced in
 * @param item     what is asked and answered
 * @param example  a sentence using the word, or null (kanji, and words the data has none for)
 */
public record DeckItem(String key, String deckCode, int position, PracticeItem item, JlptLibrary.WordExample example) {
}
