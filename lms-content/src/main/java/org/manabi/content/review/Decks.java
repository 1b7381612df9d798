package org.manabi.content.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.manabi.content.catalog.Level;
import org.manabi.content.library.JlptLibrary;
import org.manabi.content.library.PracticeItem;

/**
 * The decks a learner can study: vocabulary and kanji of N5 to N2 from the bundled JLPT data,
 * easiest first. Grammar points are left out: their answer is an explanation, not something to
 * recall in a few seconds. Read once, on first use, and kept: the data is part of the release.
 */
@ApplicationScoped
public class Decks {

    private static final List<PracticeItem.Kind> KINDS = List.of(PracticeItem.Kind.VOCAB, PracticeItem.Kind.KANJI);

    private final ClassLoader loader;
    private volatile Loaded loaded;

    private record Loaded(Map<String, Deck> byCode, Map<String, DeckItem> byKey) {
    }

    /** The decks of the bundled data, read through the context class loader. */
    public Decks() {
        this(null);
    }

    /** The decks of the data on {@code loader}'s class path. */
    public Decks(ClassLoader loader) {
        this.loader = loader;
    }

    /** Ready-made decks, for tests. */
    public static Decks of(List<Deck> decks) {
        Decks made = new Decks(null);
        made.loaded = index(decks);
        return made;
    }

    /** Every deck, N5 vocabulary first, then N5 kanji, N4 vocabulary and so on. */
    public List<Deck> all() {
        return List.copyOf(loaded().byCode().values());
    }

    public Optional<Deck> deck(String code) {
        return Optional.ofNullable(code == null ? null : loaded().byCode().get(code));
    }

    public Optional<DeckItem> item(String key) {
        return Optional.ofNullable(key == null ? null : loaded().byKey().get(key));
    }

    private Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = index(read());
                }
                current = loaded;
            }
        }
        return current;
    }

    private List<Deck> read() {
        ClassLoader from = loader != null ? loader : Thread.currentThread().getContextClassLoader();
        List<Deck> decks = new ArrayList<>();
        for (Level level : JlptLibrary.LEVELS) {
            List<PracticeItem> items = JlptLibrary.practiceItems(from, level);
            Map<String, JlptLibrary.WordExample> examples = JlptLibrary.wordExamples(from, level);
            for (PracticeItem.Kind kind : KINDS) {
                decks.add(Deck.of(level, kind, items, kind == PracticeItem.Kind.VOCAB ? examples : Map.of()));
            }
        }
        return decks;
    }

    private static Loaded index(List<Deck> decks) {
        Map<String, Deck> byCode = new LinkedHashMap<>();
        Map<String, DeckItem> byKey = new HashMap<>();
        for (Deck deck : decks) {
            byCode.put(deck.code(), deck);
            deck.items().forEach(item -> byKey.put(item.key(), item));
        }
        return new Loaded(byCode, byKey);
    }
}
