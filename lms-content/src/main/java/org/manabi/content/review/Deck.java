package org.manabi.content.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.manabi.content.catalog.Level;
import org.manabi.content.library.JlptLibrary;
import org.manabi.content.library.PracticeItem;

/**
 * A deck: the vocabulary or the kanji of one JLPT level, in the order of its course. Its code is
 * the course code ({@code JLPT-N5-VOCAB}), so a deck and the course it comes from are one name.
 */
public record Deck(String code, Level level, PracticeItem.Kind kind, List<DeckItem> items) {

    static final int MAX_KEY_LENGTH = 300;

    public Deck {
        items = List.copyOf(items);
    }

    /**
     * The deck of {@code kind} items among {@code practiceItems}. An item's key is the deck code,
     * the prompt and the reading, so it survives a re-import that adds or reorders items; the
     * rare item with the same prompt and reading as an earlier one gets "|2", "|3" after it.
     */
    public static Deck of(Level level, PracticeItem.Kind kind, List<PracticeItem> practiceItems) {
        return of(level, kind, practiceItems, Map.of());
    }

    /** As {@link #of(Level, PracticeItem.Kind, List)}, with example sentences keyed as {@link JlptLibrary#wordExamples}. */
    public static Deck of(Level level, PracticeItem.Kind kind, List<PracticeItem> practiceItems,
                          Map<String, JlptLibrary.WordExample> examples) {
        String code = JlptLibrary.code(level, kind);
        List<DeckItem> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (PracticeItem item : practiceItems) {
            if (item.kind() != kind) {
                continue;
            }
            String promptAndReading = item.prompt() + "|" + (item.reading() == null ? "" : item.reading());
            String base = code + "|" + promptAndReading;
            int occurrence = seen.merge(base, 1, Integer::sum);
            String key = occurrence == 1 ? base : base + "|" + occurrence;
            if (key.length() > MAX_KEY_LENGTH) {
                throw new IllegalArgumentException("A practice item's key is too long: " + key);
            }
            items.add(new DeckItem(key, code, items.size(), item, examples.get(promptAndReading)));
        }
        return new Deck(code, level, kind, items);
    }

    public int size() {
        return items.size();
    }
}
