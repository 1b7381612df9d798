package org.manabi.content.assessment.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PresentedItemTest {

    /** Names of the components that hold answers in an ItemBody; none may appear in a presented item. */
    private static final Set<String> ANSWER_COMPONENTS = Set.of("correctId", "correctIds", "answer", "accepted",
            "readings", "value", "tolerance", "manualReview", "pairs", "distractors", "correct");

    private static List<String> ids(List<Option> options) {
        return options.stream().map(Option::id).toList();
    }

    @Test
    void noAnswerReachesThePresentedFormOfAnyType() {
        for (ItemBody item : SampleItems.all()) {
            for (long seed = 0; seed < 20; seed++) {
                PresentedItem presented = PresentedItem.of(item, seed);
                assertEquals(item.type(), presented.type());
                String shown = presented.toString();
                for (String secret : SampleItems.SECRETS) {
                    assertFalse(shown.contains(secret), item.type() + " shows " + secret + ": " + shown);
                }
                for (String word : List.of("correct", "accepted=", "tolerance=", "readings=", "answer=", "value=")) {
                    assertFalse(shown.contains(word), item.type() + " shows " + word + ": " + shown);
                }
                walk(presented, item.type());
            }
        }
    }

    /** Every value reachable from a presented item: only strings, ints and lists, none of them a secret. */
    private static void walk(Object value, String where) {
        if (value == null || value instanceof Integer) {
            return;
        }
        if (value instanceof String text) {
            SampleItems.SECRETS.forEach(secret -> assertFalse(text.contains(secret), where + " holds " + secret));
            return;
        }
        if (value instanceof List<?> list) {
            list.forEach(element -> walk(element, where));
            return;
        }
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                assertFalse(ANSWER_COMPONENTS.contains(component.getName()), where + " has " + component.getName());
                try {
                    walk(component.getAccessor().invoke(record), where + "." + component.getName());
                } catch (ReflectiveOperationException e) {
                    fail(e);
                }
            }
            return;
        }
        fail(where + " holds a " + value.getClass().getName() + ", which could carry an answer: " + value);
    }

    @Test
    void eachTypeShowsWhatTheLearnerNeeds() {
        assertEquals(new PresentedItem.TrueFalse("富士山は日本でいちばん高い山です。"), PresentedItem.of(SampleItems.trueFalse(), 1));
        assertEquals(new PresentedItem.FillInBlank("Fill in the words.", "I am {{1}} and {{2}}.", 2),
                PresentedItem.of(SampleItems.fillInBlank(), 1));
        assertEquals(new PresentedItem.ShortText("Say thank you."), PresentedItem.of(SampleItems.shortText(), 1));
        assertEquals(new PresentedItem.Numeric("How far?", "km"), PresentedItem.of(SampleItems.numeric(), 1));
        assertEquals(new PresentedItem.KanjiReading("Type the reading.", "秘読"), PresentedItem.of(SampleItems.kanjiReading(), 1));
        PresentedItem.Listening listening = (PresentedItem.Listening) PresentedItem.of(SampleItems.listening(), 1);
        assertEquals("sha256-3f7a9c", listening.audio());
        assertEquals(List.of(2, 1, 1, 1), listening.items().stream().map(PresentedItem.Part::points).toList());
        assertEquals(List.of("KANJI_READING", "NUMERIC", "SHORT_TEXT", "MATCHING"),
                listening.items().stream().map(p -> p.item().type()).toList());
    }

    @Test
    void theSameSeedGivesTheSameOrder() {
        for (ItemBody item : SampleItems.all()) {
            assertEquals(PresentedItem.of(item, 42L), PresentedItem.of(item, 42L), item.type());
            assertEquals(PresentedItem.of(item, new Random(7)), PresentedItem.of(item, new Random(7)), item.type());
        }
    }

    @Test
    void theOrderForAStoredSeedNeverChanges() {
        // Attempts store the seed, not the order: if this changes, old attempts show new orders.
        // The expected orders were worked out apart from this code, from Random's documented
        // algorithm. The second shows that the authored order may come out, as it should.
        PresentedItem.Ordering ordering = (PresentedItem.Ordering) PresentedItem.of(SampleItems.ordering(), 42L);
        assertEquals(List.of("a", "e", "c", "d", "b"), ids(ordering.items()));
        PresentedItem.SingleChoice single = (PresentedItem.SingleChoice) PresentedItem.of(SampleItems.singleChoice(), 42L);
        assertEquals(List.of("a", "b", "c"), ids(single.options()));
    }

    @Test
    void optionsAreShuffledNotChanged() {
        Set<List<String>> orders = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            PresentedItem.Ordering ordering = (PresentedItem.Ordering) PresentedItem.of(SampleItems.ordering(), seed);
            assertEquals(Set.copyOf(SampleItems.ordering().items()), Set.copyOf(ordering.items()));
            orders.add(ids(ordering.items()));
        }
        assertTrue(orders.size() > 60, "only " + orders.size() + " orders of 120 in 200 seeds");
        assertNotEquals(PresentedItem.of(SampleItems.ordering(), 1L), PresentedItem.of(SampleItems.ordering(), 2L));
    }

    @Test
    void matchingKeepsTheLeftColumnAndShufflesTheRightWithItsDistractors() {
        Set<List<String>> rights = new HashSet<>();
        for (long seed = 0; seed < 100; seed++) {
            PresentedItem.Matching matching = (PresentedItem.Matching) PresentedItem.of(SampleItems.matching(), seed);
            assertEquals(List.of("a", "b", "c"), ids(matching.left()));
            assertEquals(Set.of("w", "x", "y", "z"), Set.copyOf(ids(matching.right())));
            rights.add(ids(matching.right()));
        }
        assertTrue(rights.size() > 12, "only " + rights.size() + " orders of 24 in 100 seeds");
    }
}
