package org.manabi.content.assessment.item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Grades a response against an item, on the server only. Whatever the browser sends, grading
 * returns a {@link Grade} and never throws: a missing response scores 0, and one that does not fit
 * the item scores 0 and is flagged {@link Grade#malformed()}.
 *
 * <p>Partial credit (the score is a share of the item's points):
 * <ul>
 * <li>Single choice, true/false, short text, kanji reading: all or nothing.</li>
 * <li>Numeric: all or nothing; right when {@code |answer - value| <= tolerance}, compared in
 *     decimal so the boundary itself is right.</li>
 * <li>Multiple choice: {@code max(0, (right picks - wrong picks) / number of correct options)}, so
 *     ticking every box earns nothing unless every box is right.</li>
 * <li>Fill in the blank: the share of blanks answered right.</li>
 * <li>Ordering: {@code (L - 1) / (n - 1)}, where L is the length of the longest run of items, not
 *     necessarily adjacent, that the learner put in the right relative order (the longest
 *     increasing subsequence). n - L is the fewest items that must be moved to fix the order, so
 *     every misplaced item costs the same, wherever it was put; a reversed order scores 0. Counting
 *     adjacent pairs instead would give 3/4 to CDEAB for ABCDE, though three items are out of
 *     place; this rule gives 1/2.</li>
 * <li>Matching: the share of left-hand options matched with their partner.</li>
 * <li>Reading passage, listening: the mean of the sub-item scores weighted by their points.</li>
 * <li>Short text with manual review: an answer that matches nothing scores 0 and is flagged
 *     {@link Grade#needsManualReview()}; an empty answer is simply wrong.</li>
 * </ul>
 */
public final class Grader {

    /**
     * @param item     the item as stored, with its answers
     * @param response what the learner sent, or null when the item was not answered
     */
    public Grade grade(ItemBody item, Response response) {
        Objects.requireNonNull(item, "item");
        if (response == null) {
            return Grade.wrong();
        }
        if (item instanceof ItemBody.SingleChoice single) {
            return response instanceof Response.Choice choice ? singleChoice(single, choice) : Grade.malformedResponse();
        }
        if (item instanceof ItemBody.MultipleChoice multiple) {
            return response instanceof Response.Choices choices ? multipleChoice(multiple, choices) : Grade.malformedResponse();
        }
        if (item instanceof ItemBody.TrueFalse trueFalse) {
            return response instanceof Response.TrueOrFalse value ? trueFalse(trueFalse, value) : Grade.malformedResponse();
        }
        if (item instanceof ItemBody.FillInBlank fill) {
            return response instanceof Response.Blanks blanks ? fillInBlank(fill, blanks) : Grade.malformedResponse();
        }
        if (item instanceof ItemBody.ShortText shortText) {
            return response instanceof Response.Text text ? shortText(shortText, text) : Grade.malformedResponse();
        }
        if (item instanceof ItemBody.KanjiReading reading) {
            return response instanceof Response.Text text ? kanjiReading(reading, text) : Grade.malformedResponse();
        }
        if (item instanceof ItemBody.Ordering ordering) {
            return response instanceof Response.Order order ? ordering(ordering, order) : Grade.malformedResponse();
        }
        if (item instanceof ItemBody.Matching matching) {
            return response instanceof Response.Matches matches ? matching(matching, matches) : Grade.malformedResponse();
        }
        if (item instanceof ItemBody.Numeric numeric) {
            return response instanceof Response.NumberText number ? numeric(numeric, number) : Grade.malformedResponse();
        }
        if (item instanceof ItemBody.ReadingPassage passage) {
            return response instanceof Response.Parts parts ? subItems(passage.items(), parts) : Grade.malformedResponse();
        }
        if (item instanceof ItemBody.Listening listening) {
            return response instanceof Response.Parts parts ? subItems(listening.items(), parts) : Grade.malformedResponse();
        }
        throw new IllegalStateException("no grading for " + item.type());
    }

    private static Grade singleChoice(ItemBody.SingleChoice item, Response.Choice choice) {
        if (choice.optionId() == null) {
            return Grade.wrong();
        }
        if (!ids(item.options()).contains(choice.optionId())) {
            return Grade.malformedResponse();
        }
        return choice.optionId().equals(item.correctId()) ? Grade.right() : Grade.wrong();
    }

    private static Grade multipleChoice(ItemBody.MultipleChoice item, Response.Choices choices) {
        Set<String> picked = new LinkedHashSet<>(choices.optionIds());
        if (!ids(item.options()).containsAll(picked)) {
            return Grade.malformedResponse();
        }
        int right = (int) picked.stream().filter(item.correctIds()::contains).count();
        int wrong = picked.size() - right;
        return Grade.partial(Math.max(0, (double) (right - wrong) / item.correctIds().size()));
    }

    private static Grade trueFalse(ItemBody.TrueFalse item, Response.TrueOrFalse value) {
        return value.value() != null && value.value() == item.answer() ? Grade.right() : Grade.wrong();
    }

    private static Grade fillInBlank(ItemBody.FillInBlank item, Response.Blanks blanks) {
        List<String> answers = blanks.answers();
        if (answers.size() > item.blanks().size()) {
            return Grade.malformedResponse();
        }
        List<Grade> parts = new ArrayList<>();
        int right = 0;
        for (int i = 0; i < item.blanks().size(); i++) {
            String answer = i < answers.size() ? answers.get(i) : "";
            boolean matched = anyAccepted(item.blanks().get(i).accepted(), answer, AnswerNormalizer::sameAnswer);
            parts.add(matched ? Grade.right() : Grade.wrong());
            right += matched ? 1 : 0;
        }
        int count = item.blanks().size();
        return new Grade((double) right / count, right == count, false, false, parts);
    }

    private static Grade shortText(ItemBody.ShortText item, Response.Text text) {
        if (AnswerNormalizer.normalize(text.text()).isEmpty()) {
            return Grade.wrong();
        }
        if (anyAccepted(item.accepted(), text.text(), AnswerNormalizer::sameAnswer)) {
            return Grade.right();
        }
        return item.manualReview() ? Grade.awaitingReview() : Grade.wrong();
    }

    private static Grade kanjiReading(ItemBody.KanjiReading item, Response.Text text) {
        return anyAccepted(item.readings(), text.text(), AnswerNormalizer::sameReading) ? Grade.right() : Grade.wrong();
    }

    private static Grade ordering(ItemBody.Ordering item, Response.Order order) {
        List<String> given = order.optionIds();
        if (given.isEmpty()) {
            return Grade.wrong();
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < item.items().size(); i++) {
            position.put(item.items().get(i).id(), i);
        }
        if (given.size() != position.size() || !position.keySet().equals(new HashSet<>(given))) {
            return Grade.malformedResponse();
        }
        int[] sequence = given.stream().mapToInt(position::get).toArray();
        int inOrder = longestIncreasingSubsequence(sequence);
        return Grade.partial((double) (inOrder - 1) / (sequence.length - 1));
    }

    /** Patience sorting: tails[k] is the smallest last value of an increasing run of length k + 1. */
    private static int longestIncreasingSubsequence(int[] sequence) {
        int[] tails = new int[sequence.length];
        int length = 0;
        for (int value : sequence) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (tails[middle] < value) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            tails[low] = value;
            length = Math.max(length, low + 1);
        }
        return length;
    }

    private static Grade matching(ItemBody.Matching item, Response.Matches matches) {
        Set<String> lefts = new HashSet<>();
        Set<String> rights = new HashSet<>(ids(item.distractors()));
        for (ItemBody.Pair pair : item.pairs()) {
            lefts.add(pair.left().id());
            rights.add(pair.right().id());
        }
        if (!lefts.containsAll(matches.pairs().keySet()) || !rights.containsAll(matches.pairs().values())) {
            return Grade.malformedResponse();
        }
        long right = item.pairs().stream()
                .filter(pair -> pair.right().id().equals(matches.pairs().get(pair.left().id())))
                .count();
        return Grade.partial((double) right / item.pairs().size());
    }

    private static Grade numeric(ItemBody.Numeric item, Response.NumberText number) {
        Optional<BigDecimal> answer = NumberReading.read(number.text(), item.unit());
        if (answer.isEmpty()) {
            return Grade.wrong();
        }
        // BigDecimal.valueOf takes the double's shortest decimal form, so 12.5 ± 0.1 accepts 12.4.
        BigDecimal difference = answer.get().subtract(BigDecimal.valueOf(item.value())).abs();
        return difference.compareTo(BigDecimal.valueOf(item.tolerance())) <= 0 ? Grade.right() : Grade.wrong();
    }

    private Grade subItems(List<ItemBody.SubItem> items, Response.Parts response) {
        List<Response> given = response.parts();
        if (given.size() > items.size()) {
            return Grade.malformedResponse();
        }
        List<Grade> parts = new ArrayList<>();
        double earned = 0;
        int total = 0;
        boolean correct = true;
        boolean review = false;
        boolean malformed = false;
        for (int i = 0; i < items.size(); i++) {
            ItemBody.SubItem sub = items.get(i);
            Grade grade = grade(sub.body(), i < given.size() ? given.get(i) : null);
            parts.add(grade);
            earned += sub.points() * grade.score();
            total += sub.points();
            correct &= grade.correct();
            review |= grade.needsManualReview();
            malformed |= grade.malformed();
        }
        return new Grade(correct ? 1 : Math.min(1, earned / total), correct, review, malformed, parts);
    }

    private static Set<String> ids(List<Option> options) {
        Set<String> ids = new HashSet<>();
        options.forEach(o -> ids.add(o.id()));
        return ids;
    }

    private static boolean anyAccepted(List<String> accepted, String typed, BiPredicate<String, String> same) {
        return accepted.stream().anyMatch(a -> same.test(typed, a));
    }
}
