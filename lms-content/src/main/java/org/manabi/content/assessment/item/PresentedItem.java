package org.manabi.content.assessment.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * What the browser may see of an item before the attempt is submitted: prompts and options, with
 * the correct ids, accepted answers, readings, values and tolerances left out. Nothing here is
 * derived from the answers either: options are shuffled uniformly, and even an order that happens
 * to be the right one is shown as it falls, since steering away from it would itself give the
 * answer away (with two items, the one order never shown would be the right one).
 *
 * <p>Shuffled: the options of single and multiple choice, the items to order, and the right-hand
 * column of matching (the left-hand column keeps the authored order). Sub-items keep their order
 * and are shuffled in turn, in that order, with the same generator, so one seed reproduces the
 * whole item.
 */
public sealed interface PresentedItem {

    /** Markdown shown above the item. */
    String prompt();

    /** The same name as the {@link ItemBody#type()} it comes from. */
    String type();

    /**
     * The answer-free form of an item.
     *
     * @param shuffle the generator that orders the options; the same generator state gives the
     *                same order
     */
    static PresentedItem of(ItemBody body, RandomGenerator shuffle) {
        if (body instanceof ItemBody.SingleChoice item) {
            return new SingleChoice(item.prompt(), shuffled(item.options(), shuffle));
        }
        if (body instanceof ItemBody.MultipleChoice item) {
            return new MultipleChoice(item.prompt(), shuffled(item.options(), shuffle));
        }
        if (body instanceof ItemBody.TrueFalse item) {
            return new TrueFalse(item.prompt());
        }
        if (body instanceof ItemBody.FillInBlank item) {
            return new FillInBlank(item.prompt(), item.text(), item.blanks().size());
        }
        if (body instanceof ItemBody.ShortText item) {
            return new ShortText(item.prompt());
        }
        if (body instanceof ItemBody.Ordering item) {
            return new Ordering(item.prompt(), shuffled(item.items(), shuffle));
        }
        if (body instanceof ItemBody.Matching item) {
            List<Option> left = item.pairs().stream().map(ItemBody.Pair::left).toList();
            List<Option> right = new ArrayList<>(item.pairs().stream().map(ItemBody.Pair::right).toList());
            right.addAll(item.distractors());
            return new Matching(item.prompt(), left, shuffled(right, shuffle));
        }
        if (body instanceof ItemBody.Numeric item) {
            return new Numeric(item.prompt(), item.unit());
        }
        if (body instanceof ItemBody.KanjiReading item) {
            return new KanjiReading(item.prompt(), item.word());
        }
        if (body instanceof ItemBody.ReadingPassage item) {
            return new ReadingPassage(item.prompt(), item.passage(), parts(item.items(), shuffle));
        }
        if (body instanceof ItemBody.Listening item) {
            return new Listening(item.prompt(), item.audio(), parts(item.items(), shuffle));
        }
        throw new IllegalArgumentException("body: no presentation for " + (body == null ? "null" : body.type()));
    }

    /**
     * The answer-free form of an item, shuffled by {@link Random} seeded with this seed after
     * mixing it. Random's algorithm is fixed by its specification and the mixing is fixed here,
     * so a seed stored with an attempt gives the same order on any JDK.
     */
    static PresentedItem of(ItemBody body, long seed) {
        return of(body, new Random(spread(seed)));
    }

    /** Choose one option by id. */
    record SingleChoice(String prompt, List<Option> options) implements PresentedItem {

        public SingleChoice {
            options = List.copyOf(options);
        }

        @Override
        public String type() {
            return "SINGLE_CHOICE";
        }
    }

    /** Tick any number of options; how many are right is not said. */
    record MultipleChoice(String prompt, List<Option> options) implements PresentedItem {

        public MultipleChoice {
            options = List.copyOf(options);
        }

        @Override
        public String type() {
            return "MULTIPLE_CHOICE";
        }
    }

    /** Answer true or false. */
    record TrueFalse(String prompt) implements PresentedItem {

        @Override
        public String type() {
            return "TRUE_FALSE";
        }
    }

    /**
     * Type into each blank.
     *
     * @param text   Markdown with the markers {@code {{1}}} to {@code {{blanks}}} where the inputs go
     * @param blanks how many blanks there are
     */
    record FillInBlank(String prompt, String text, int blanks) implements PresentedItem {

        @Override
        public String type() {
            return "FILL_IN_BLANK";
        }
    }

    /** Type a short answer. */
    record ShortText(String prompt) implements PresentedItem {

        @Override
        public String type() {
            return "SHORT_TEXT";
        }
    }

    /** Put the items in order; they come shuffled. */
    record Ordering(String prompt, List<Option> items) implements PresentedItem {

        public Ordering {
            items = List.copyOf(items);
        }

        @Override
        public String type() {
            return "ORDERING";
        }
    }

    /**
     * Match each left-hand option with a right-hand one.
     *
     * @param right shuffled, and may hold more options than {@code left}
     */
    record Matching(String prompt, List<Option> left, List<Option> right) implements PresentedItem {

        public Matching {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }

        @Override
        public String type() {
            return "MATCHING";
        }
    }

    /**
     * Type a number.
     *
     * @param unit shown after the input, or null
     */
    record Numeric(String prompt, String unit) implements PresentedItem {

        @Override
        public String type() {
            return "NUMERIC";
        }
    }

    /** Type the reading of {@code word} in kana. */
    record KanjiReading(String prompt, String word) implements PresentedItem {

        @Override
        public String type() {
            return "KANJI_READING";
        }
    }

    /** A text with questions on it. */
    record ReadingPassage(String prompt, String passage, List<Part> items) implements PresentedItem {

        public ReadingPassage {
            items = List.copyOf(items);
        }

        @Override
        public String type() {
            return "READING_PASSAGE";
        }
    }

    /**
     * A recording with questions on it.
     *
     * @param audio the id or digest of the audio file, for the player to fetch
     */
    record Listening(String prompt, String audio, List<Part> items) implements PresentedItem {

        public Listening {
            items = List.copyOf(items);
        }

        @Override
        public String type() {
            return "LISTENING";
        }
    }

    /**
     * A question inside a passage or listening item.
     *
     * @param points its weight within the item
     */
    record Part(int points, PresentedItem item) {
    }

    private static List<Part> parts(List<ItemBody.SubItem> items, RandomGenerator shuffle) {
        List<Part> parts = new ArrayList<>();
        for (ItemBody.SubItem sub : items) {
            parts.add(new Part(sub.points(), of(sub.body(), shuffle)));
        }
        return List.copyOf(parts);
    }

    /**
     * SplitMix64's finaliser. Random's first draws for seeds that differ in a few low bits (attempt
     * 1, 2, 3) are nearly alike, so 100 such seeds gave only 6 of the 24 orders of four options.
     */
    private static long spread(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Fisher-Yates, drawing from the generator in a fixed sequence so a seed reproduces the order. */
    private static List<Option> shuffled(List<Option> options, RandomGenerator shuffle) {
        List<Option> copy = new ArrayList<>(options);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            Option swapped = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swapped);
        }
        return List.copyOf(copy);
    }
}
