package org.manabi.content.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.manabi.content.library.PracticeItem;

/** The decks of the bundled JLPT data: vocabulary and kanji of N5 to N2, each item with a key of its own. */
class DecksTest {

    @Test
    void eightDecksFromTheBundledDataWithUniqueKeys() {
        Decks decks = new Decks(DecksTest.class.getClassLoader());
        List<Deck> all = decks.all();
        assertEquals(List.of("JLPT-N5-VOCAB", "JLPT-N5-KANJI", "JLPT-N4-VOCAB", "JLPT-N4-KANJI",
                "JLPT-N3-VOCAB", "JLPT-N3-KANJI", "JLPT-N2-VOCAB", "JLPT-N2-KANJI"), all.stream().map(Deck::code).toList());
        Set<String> keys = new HashSet<>();
        for (Deck deck : all) {
            assertTrue(deck.size() > 50, deck.code() + " has " + deck.size() + " items");
            for (DeckItem item : deck.items()) {
                assertTrue(keys.add(item.key()), "duplicate key " + item.key());
                assertEquals(deck.kind(), item.item().kind());
                assertTrue(item.item().answer() != null && !item.item().answer().isBlank(), item.key());
                assertEquals(item, decks.item(item.key()).orElseThrow());
            }
        }
        assertEquals(PracticeItem.Kind.KANJI, decks.deck("JLPT-N5-KANJI").orElseThrow().kind());
        long withExamples = decks.deck("JLPT-N5-VOCAB").orElseThrow().items().stream()
                .filter(item -> item.example() != null && !item.example().japanese().isBlank()).count();
        assertTrue(withExamples > 100, "most N5 words come with an example sentence, got " + withExamples);
        assertTrue(decks.deck("JLPT-N5-KANJI").orElseThrow().items().stream().allMatch(item -> item.example() == null));
        assertTrue(decks.deck("JLPT-N5-GRAMMAR").isEmpty(), "grammar is not a flashcard deck");
    }
}
