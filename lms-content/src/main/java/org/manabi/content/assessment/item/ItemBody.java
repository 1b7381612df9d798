package org.manabi.content.assessment.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an assessment item asks and what counts as right, as the author wrote it. This form holds
 * the answers and stays on the server; the browser gets a {@link PresentedItem}. Tags, level,
 * difficulty and points belong to the question bank entry that holds a body, not to the body.
 *
 * <p>Prompts, option texts, passages and blank texts are Markdown strings that may carry furigana
 * ({@code {漢字|かんじ}}); they are carried as they are and rendered elsewhere.
 *
 * <p>Every record checks itself when it is made and throws {@link IllegalArgumentException} naming
 * the field, so a body that exists can always be graded and presented. Optional lists may be given
 * as null (as JSON-B gives a missing field) and become empty lists.
 */
public sealed interface ItemBody {

    /** Markdown shown above the item. */
    String prompt();

    /**
     * The stable name of the type, for storing a body as JSON and reading it back with
     * {@link #classOf(String)}. These names never change once stored.
     */
    String type();

    /** The record class stored under a {@link #type()} name. */
    static Class<? extends ItemBody> classOf(String type) {
        if (type == null) {
            throw new IllegalArgumentException("type: must be given");
        }
        return switch (type) {
            case "SINGLE_CHOICE" -> SingleChoice.class;
            case "MULTIPLE_CHOICE" -> MultipleChoice.class;
            case "TRUE_FALSE" -> TrueFalse.class;
            case "FILL_IN_BLANK" -> FillInBlank.class;
            case "SHORT_TEXT" -> ShortText.class;
            case "ORDERING" -> Ordering.class;
            case "MATCHING" -> Matching.class;
            case "NUMERIC" -> Numeric.class;
            case "KANJI_READING" -> KanjiReading.class;
            case "READING_PASSAGE" -> ReadingPassage.class;
            case "LISTENING" -> Listening.class;
            default -> throw new IllegalArgumentException("type: unknown item type '" + type + "'");
        };
    }

    /** One option is right. Graded all or nothing. */
    record SingleChoice(String prompt, List<Option> options, String correctId) implements ItemBody {

        public SingleChoice {
            prompt = requireText(prompt, "SingleChoice.prompt");
            options = requireOptions(options, 2, "SingleChoice.options");
            requireKnownId(correctId, options, "SingleChoice.correctId");
        }

        @Override
        public String type() {
            return "SINGLE_CHOICE";
        }
    }

    /**
     * One or more options are right and the learner picks any number. Scored
     * {@code max(0, (right picks - wrong picks) / correctIds.size())}.
     */
    record MultipleChoice(String prompt, List<Option> options, List<String> correctIds) implements ItemBody {

        public MultipleChoice {
            prompt = requireText(prompt, "MultipleChoice.prompt");
            options = requireOptions(options, 2, "MultipleChoice.options");
            correctIds = requireList(correctIds, "MultipleChoice.correctIds");
            if (correctIds.isEmpty()) {
                throw new IllegalArgumentException("MultipleChoice.correctIds: at least one option must be correct");
            }
            if (new HashSet<>(correctIds).size() != correctIds.size()) {
                throw new IllegalArgumentException("MultipleChoice.correctIds: ids repeat " + correctIds);
            }
            for (String id : correctIds) {
                requireKnownId(id, options, "MultipleChoice.correctIds");
            }
        }

        @Override
        public String type() {
            return "MULTIPLE_CHOICE";
        }
    }

    /** A statement that is true or false. Graded all or nothing. */
    record TrueFalse(String prompt, boolean answer) implements ItemBody {

        public TrueFalse {
            prompt = requireText(prompt, "TrueFalse.prompt");
        }

        @Override
        public String type() {
            return "TRUE_FALSE";
        }
    }

    /**
     * A text with blanks, each marked {@code {{n}}} where n counts from 1 and names the blank at
     * index n - 1 of {@code blanks}. Each marker appears exactly once. Scored as the share of blanks
     * answered right.
     *
     * @param prompt the instruction ("Fill in the particles.")
     * @param text   Markdown with the markers
     */
    record FillInBlank(String prompt, String text, List<Blank> blanks) implements ItemBody {

        /** A blank marker: {@code {{1}}}, {@code {{2}}} ... */
        public static final Pattern MARKER = Pattern.compile("\\{\\{(\\d+)}}");

        public FillInBlank {
            prompt = requireText(prompt, "FillInBlank.prompt");
            text = requireText(text, "FillInBlank.text");
            blanks = requireList(blanks, "FillInBlank.blanks");
            if (blanks.isEmpty()) {
                throw new IllegalArgumentException("FillInBlank.blanks: at least one blank is needed");
            }
            List<Integer> markers = new ArrayList<>();
            Matcher m = MARKER.matcher(text);
            while (m.find()) {
                markers.add(m.group(1).length() > 4 ? -1 : Integer.parseInt(m.group(1)));
            }
            for (int n = 1; n <= blanks.size(); n++) {
                final int number = n;
                long count = markers.stream().filter(k -> k == number).count();
                if (count != 1) {
                    throw new IllegalArgumentException("FillInBlank.text: the marker {{" + n + "}} must appear exactly once, found "
                            + count);
                }
            }
            if (markers.size() != blanks.size()) {
                throw new IllegalArgumentException("FillInBlank.text: has " + markers.size() + " markers for "
                        + blanks.size() + " blanks");
            }
        }

        @Override
        public String type() {
            return "FILL_IN_BLANK";
        }
    }

    /**
     * One blank of a {@link FillInBlank}.
     *
     * @param accepted the answers that count as right, compared with
     *                 {@link AnswerNormalizer#sameAnswer(String, String)}
     */
    record Blank(List<String> accepted) {

        public Blank {
            accepted = requireAccepted(accepted, "Blank.accepted");
            if (accepted.isEmpty()) {
                throw new IllegalArgumentException("Blank.accepted: at least one accepted answer is needed");
            }
        }
    }

    /**
     * An answer typed freely, compared with {@link AnswerNormalizer#sameAnswer(String, String)}.
     * Graded all or nothing; with {@code manualReview}, an answer that matches nothing is held for
     * a teacher instead of being marked wrong.
     *
     * @param accepted     the answers that count as right; may be empty only with manual review
     * @param manualReview whether a teacher looks at answers that match nothing
     */
    record ShortText(String prompt, List<String> accepted, boolean manualReview) implements ItemBody {

        public ShortText {
            prompt = requireText(prompt, "ShortText.prompt");
            accepted = requireAccepted(accepted, "ShortText.accepted");
            if (accepted.isEmpty() && !manualReview) {
                throw new IllegalArgumentException(
                        "ShortText.accepted: at least one accepted answer is needed unless manualReview is set");
            }
        }

        @Override
        public String type() {
            return "SHORT_TEXT";
        }
    }

    /**
     * Items to put in order.
     *
     * @param items in the correct order; shown shuffled
     */
    record Ordering(String prompt, List<Option> items) implements ItemBody {

        public Ordering {
            prompt = requireText(prompt, "Ordering.prompt");
            items = requireOptions(items, 2, "Ordering.items");
        }

        @Override
        public String type() {
            return "ORDERING";
        }
    }

    /**
     * Left-hand options to match with right-hand ones. Scored as the share of pairs matched.
     *
     * @param pairs       each left option with its right partner; the left column is shown in
     *                    this order, the right column shuffled
     * @param distractors extra right-hand options that match nothing (may be empty), so the last
     *                    pair cannot be found by elimination
     */
    record Matching(String prompt, List<Pair> pairs, List<Option> distractors) implements ItemBody {

        public Matching {
            prompt = requireText(prompt, "Matching.prompt");
            pairs = requireList(pairs, "Matching.pairs");
            distractors = requireList(distractors, "Matching.distractors");
            if (pairs.size() < 2) {
                throw new IllegalArgumentException("Matching.pairs: at least 2 pairs are needed, found " + pairs.size());
            }
            List<Option> all = new ArrayList<>();
            pairs.forEach(p -> {
                all.add(p.left());
                all.add(p.right());
            });
            all.addAll(distractors);
            requireUniqueIds(all, "Matching");
        }

        @Override
        public String type() {
            return "MATCHING";
        }
    }

    /** A left-hand option and its right-hand partner in a {@link Matching} item. */
    record Pair(Option left, Option right) {

        public Pair {
            if (left == null || right == null) {
                throw new IllegalArgumentException("Pair: left and right must both be given");
            }
        }
    }

    /**
     * A number, right when it lies within {@code tolerance} of {@code value}, boundaries included.
     * Graded all or nothing.
     *
     * @param tolerance the largest absolute difference accepted, 0 for an exact answer
     * @param unit      shown after the input and accepted after the number ("kg", "円"); null
     *                  when there is none
     */
    record Numeric(String prompt, double value, double tolerance, String unit) implements ItemBody {

        public Numeric {
            prompt = requireText(prompt, "Numeric.prompt");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("Numeric.value: must be a finite number, was " + value);
            }
            if (!Double.isFinite(tolerance) || tolerance < 0) {
                throw new IllegalArgumentException("Numeric.tolerance: must be a finite number >= 0, was " + tolerance);
            }
            unit = unit == null || unit.isBlank() ? null : unit.strip();
        }

        @Override
        public String type() {
            return "NUMERIC";
        }
    }

    /**
     * A word shown in kanji whose reading the learner types in kana, compared with
     * {@link AnswerNormalizer#sameReading(String, String)}: romaji is not accepted. Graded all or
     * nothing.
     *
     * @param word     the word or kanji shown (Markdown, no furigana, or it gives the answer away)
     * @param readings the accepted readings, each in hiragana or katakana
     */
    record KanjiReading(String prompt, String word, List<String> readings) implements ItemBody {

        public KanjiReading {
            prompt = requireText(prompt, "KanjiReading.prompt");
            word = requireText(word, "KanjiReading.word");
            readings = requireList(readings, "KanjiReading.readings");
            if (readings.isEmpty()) {
                throw new IllegalArgumentException("KanjiReading.readings: at least one reading is needed");
            }
            for (String reading : readings) {
                if (!AnswerNormalizer.isReading(reading)) {
                    throw new IllegalArgumentException("KanjiReading.readings: '" + reading + "' is not written in kana");
                }
            }
        }

        @Override
        public String type() {
            return "KANJI_READING";
        }
    }

    /**
     * A text to read with questions on it. Scored as the mean of the sub-items weighted by their
     * points.
     *
     * @param passage Markdown
     */
    record ReadingPassage(String prompt, String passage, List<SubItem> items) implements ItemBody {

        public ReadingPassage {
            prompt = requireText(prompt, "ReadingPassage.prompt");
            passage = requireText(passage, "ReadingPassage.passage");
            items = requireSubItems(items, "ReadingPassage.items");
        }

        @Override
        public String type() {
            return "READING_PASSAGE";
        }
    }

    /**
     * A recording to listen to with questions on it. Scored as the mean of the sub-items weighted
     * by their points.
     *
     * @param audio the id or digest of the audio file in the file store
     */
    record Listening(String prompt, String audio, List<SubItem> items) implements ItemBody {

        public Listening {
            prompt = requireText(prompt, "Listening.prompt");
            audio = requireText(audio, "Listening.audio");
            items = requireSubItems(items, "Listening.items");
        }

        @Override
        public String type() {
            return "LISTENING";
        }
    }

    /**
     * A question inside a passage or a listening item.
     *
     * @param points its weight within the item, at least 1
     * @param body   any type but a passage or a listening item
     */
    record SubItem(int points, ItemBody body) {

        public SubItem {
            if (points < 1) {
                throw new IllegalArgumentException("SubItem.points: must be at least 1, was " + points);
            }
            if (body == null) {
                throw new IllegalArgumentException("SubItem.body: must be given");
            }
            if (body instanceof ReadingPassage || body instanceof Listening) {
                throw new IllegalArgumentException("SubItem.body: a " + body.type() + " cannot be a sub-item");
            }
        }
    }

    private static String requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return text;
    }

    private static <T> List<T> requireList(List<T> list, String field) {
        if (list == null) {
            return List.of();
        }
        // Not list.contains(null): the immutable lists of List.of throw on it.
        if (list.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(field + ": must not contain null");
        }
        return List.copyOf(list);
    }

    private static List<Option> requireOptions(List<Option> options, int minimum, String field) {
        List<Option> copy = requireList(options, field);
        if (copy.size() < minimum) {
            throw new IllegalArgumentException(field + ": at least " + minimum + " are needed, found " + copy.size());
        }
        requireUniqueIds(copy, field);
        return copy;
    }

    private static void requireUniqueIds(List<Option> options, String field) {
        Set<String> seen = new HashSet<>();
        for (Option option : options) {
            if (!seen.add(option.id())) {
                throw new IllegalArgumentException(field + ": the option id '" + option.id() + "' is used twice");
            }
        }
    }

    private static void requireKnownId(String id, List<Option> options, String field) {
        if (options.stream().noneMatch(o -> o.id().equals(id))) {
            Set<String> ids = new LinkedHashSet<>();
            options.forEach(o -> ids.add(o.id()));
            throw new IllegalArgumentException(field + ": '" + id + "' is not one of the option ids " + ids);
        }
    }

    private static List<String> requireAccepted(List<String> accepted, String field) {
        List<String> copy = requireList(accepted, field);
        for (String answer : copy) {
            // An answer that normalises to nothing (blank, or only "。") would accept an empty input.
            if (AnswerNormalizer.normalize(answer).isEmpty()) {
                throw new IllegalArgumentException(field + ": '" + answer + "' is empty once normalised");
            }
        }
        return copy;
    }

    private static List<SubItem> requireSubItems(List<SubItem> items, String field) {
        List<SubItem> copy = requireList(items, field);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(field + ": at least one sub-item is needed");
        }
        return copy;
    }
}
