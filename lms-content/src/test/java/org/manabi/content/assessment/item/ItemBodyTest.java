package org.manabi.content.assessment.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ItemBodyTest {

    private static final List<Option> AB = List.of(new Option("a", "はい"), new Option("b", "いいえ"));

    private static void refused(String message, Executable making) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, making).getMessage());
    }

    private static ItemBody.Blank blank(String... accepted) {
        return new ItemBody.Blank(List.of(accepted));
    }

    @Test
    void everyTypeHasAStableNameThatLeadsBackToItsClass() {
        List<String> names = SampleItems.all().stream().map(ItemBody::type).toList();
        assertEquals(List.of("SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_IN_BLANK", "SHORT_TEXT", "ORDERING",
                "MATCHING", "NUMERIC", "KANJI_READING", "READING_PASSAGE", "LISTENING"), names);
        for (ItemBody item : SampleItems.all()) {
            assertEquals(item.getClass(), ItemBody.classOf(item.type()));
        }
        refused("type: unknown item type 'ESSAY'", () -> ItemBody.classOf("ESSAY"));
        refused("type: must be given", () -> ItemBody.classOf(null));
    }

    @Test
    void optionsNeedAShortIdAndAText() {
        refused("option.id: must be 1 to 32 characters from [A-Za-z0-9_-], was 'a b'", () -> new Option("a b", "x"));
        refused("option.id: must be 1 to 32 characters from [A-Za-z0-9_-], was null", () -> new Option(null, "x"));
        refused("option.id: must be 1 to 32 characters from [A-Za-z0-9_-], was ''", () -> new Option("", "x"));
        refused("option.text: must not be blank (option 'a')", () -> new Option("a", " "));
    }

    @Test
    void singleChoiceNeedsTwoOptionsAndOneKnownCorrectId() {
        refused("SingleChoice.options: at least 2 are needed, found 1",
                () -> new ItemBody.SingleChoice("?", List.of(new Option("a", "x")), "a"));
        refused("SingleChoice.correctId: 'c' is not one of the option ids [a, b]",
                () -> new ItemBody.SingleChoice("?", AB, "c"));
        refused("SingleChoice.correctId: 'null' is not one of the option ids [a, b]",
                () -> new ItemBody.SingleChoice("?", AB, null));
        refused("SingleChoice.options: the option id 'a' is used twice",
                () -> new ItemBody.SingleChoice("?", List.of(new Option("a", "x"), new Option("a", "y")), "a"));
        refused("SingleChoice.prompt: must not be blank", () -> new ItemBody.SingleChoice(" ", AB, "a"));
        refused("SingleChoice.options: at least 2 are needed, found 0", () -> new ItemBody.SingleChoice("?", null, "a"));
    }

    @Test
    void multipleChoiceNeedsKnownDistinctCorrectIds() {
        refused("MultipleChoice.correctIds: at least one option must be correct",
                () -> new ItemBody.MultipleChoice("?", AB, List.of()));
        refused("MultipleChoice.correctIds: ids repeat [a, a]",
                () -> new ItemBody.MultipleChoice("?", AB, List.of("a", "a")));
        refused("MultipleChoice.correctIds: 'z' is not one of the option ids [a, b]",
                () -> new ItemBody.MultipleChoice("?", AB, List.of("a", "z")));
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        refused("MultipleChoice.correctIds: must not contain null", () -> new ItemBody.MultipleChoice("?", AB, withNull));
    }

    @Test
    void fillInBlankNeedsOneMarkerPerBlank() {
        refused("FillInBlank.blanks: at least one blank is needed",
                () -> new ItemBody.FillInBlank("?", "no blanks", List.of()));
        refused("FillInBlank.text: the marker {{2}} must appear exactly once, found 0",
                () -> new ItemBody.FillInBlank("?", "{{1}} only", List.of(blank("a"), blank("b"))));
        refused("FillInBlank.text: the marker {{1}} must appear exactly once, found 2",
                () -> new ItemBody.FillInBlank("?", "{{1}} {{1}}", List.of(blank("a"))));
        refused("FillInBlank.text: has 2 markers for 1 blanks",
                () -> new ItemBody.FillInBlank("?", "{{1}} {{3}}", List.of(blank("a"))));
        refused("FillInBlank.text: has 2 markers for 1 blanks",
                () -> new ItemBody.FillInBlank("?", "{{0}} {{1}}", List.of(blank("a"))));
        assertEquals(2, new ItemBody.FillInBlank("?", "{{2}} then {{1}}", List.of(blank("a"), blank("b"))).blanks().size());
    }

    @Test
    void acceptedAnswersMustSaySomething() {
        refused("Blank.accepted: at least one accepted answer is needed", () -> new ItemBody.Blank(List.of()));
        refused("Blank.accepted: '。' is empty once normalised", () -> blank("。"));
        refused("Blank.accepted: '　' is empty once normalised", () -> blank("　"));
        refused("ShortText.accepted: at least one accepted answer is needed unless manualReview is set",
                () -> new ItemBody.ShortText("?", List.of(), false));
        refused("ShortText.accepted: ' ' is empty once normalised",
                () -> new ItemBody.ShortText("?", List.of(" "), true));
        assertEquals(List.of(), new ItemBody.ShortText("?", null, true).accepted());
    }

    @Test
    void orderingAndMatchingNeedTwoAndDistinctIds() {
        refused("Ordering.items: at least 2 are needed, found 1",
                () -> new ItemBody.Ordering("?", List.of(new Option("a", "x"))));
        refused("Matching.pairs: at least 2 pairs are needed, found 1", () -> new ItemBody.Matching("?",
                List.of(new ItemBody.Pair(new Option("a", "犬"), new Option("x", "dog"))), null));
        refused("Matching: the option id 'a' is used twice", () -> new ItemBody.Matching("?",
                List.of(new ItemBody.Pair(new Option("a", "犬"), new Option("x", "dog")),
                        new ItemBody.Pair(new Option("b", "猫"), new Option("a", "cat"))), List.of()));
        refused("Matching: the option id 'x' is used twice", () -> new ItemBody.Matching("?",
                List.of(new ItemBody.Pair(new Option("a", "犬"), new Option("x", "dog")),
                        new ItemBody.Pair(new Option("b", "猫"), new Option("y", "cat"))), List.of(new Option("x", "fish"))));
        refused("Pair: left and right must both be given", () -> new ItemBody.Pair(new Option("a", "犬"), null));
        assertEquals(List.of(), new ItemBody.Matching("?", SampleItems.matching().pairs(), null).distractors());
    }

    @Test
    void numericNeedsFiniteValuesAndANonNegativeTolerance() {
        refused("Numeric.tolerance: must be a finite number >= 0, was -0.1", () -> new ItemBody.Numeric("?", 1, -0.1, null));
        refused("Numeric.tolerance: must be a finite number >= 0, was Infinity",
                () -> new ItemBody.Numeric("?", 1, Double.POSITIVE_INFINITY, null));
        refused("Numeric.value: must be a finite number, was NaN", () -> new ItemBody.Numeric("?", Double.NaN, 0, null));
        assertEquals(null, new ItemBody.Numeric("?", 1, 0, " ").unit());
        assertEquals("kg", new ItemBody.Numeric("?", 1, 0, " kg ").unit());
    }

    @Test
    void kanjiReadingsMustBeKana() {
        refused("KanjiReading.readings: 'okaasan' is not written in kana",
                () -> new ItemBody.KanjiReading("?", "お母さん", List.of("おかあさん", "okaasan")));
        refused("KanjiReading.readings: 'お母さん' is not written in kana",
                () -> new ItemBody.KanjiReading("?", "お母さん", List.of("お母さん")));
        refused("KanjiReading.readings: at least one reading is needed",
                () -> new ItemBody.KanjiReading("?", "お母さん", List.of()));
        refused("KanjiReading.word: must not be blank", () -> new ItemBody.KanjiReading("?", "", List.of("はは")));
    }

    @Test
    void subItemsAreWeightedAndDoNotNest() {
        refused("SubItem.points: must be at least 1, was 0", () -> new ItemBody.SubItem(0, SampleItems.trueFalse()));
        refused("SubItem.body: must be given", () -> new ItemBody.SubItem(1, null));
        refused("SubItem.body: a READING_PASSAGE cannot be a sub-item",
                () -> new ItemBody.SubItem(1, SampleItems.readingPassage()));
        refused("SubItem.body: a LISTENING cannot be a sub-item", () -> new ItemBody.SubItem(1, SampleItems.listening()));
        refused("ReadingPassage.items: at least one sub-item is needed",
                () -> new ItemBody.ReadingPassage("?", "text", List.of()));
        refused("ReadingPassage.passage: must not be blank",
                () -> new ItemBody.ReadingPassage("?", null, List.of(new ItemBody.SubItem(1, SampleItems.trueFalse()))));
        refused("Listening.audio: must not be blank",
                () -> new ItemBody.Listening("?", " ", List.of(new ItemBody.SubItem(1, SampleItems.trueFalse()))));
        refused("TrueFalse.prompt: must not be blank", () -> new ItemBody.TrueFalse(null, true));
    }

    @Test
    void listsAreCopied() {
        List<Option> options = new ArrayList<>(AB);
        ItemBody.SingleChoice item = new ItemBody.SingleChoice("?", options, "a");
        options.add(new Option("c", "たぶん"));
        assertEquals(2, item.options().size());
        assertThrows(UnsupportedOperationException.class, () -> item.options().add(new Option("d", "x")));
    }
}
