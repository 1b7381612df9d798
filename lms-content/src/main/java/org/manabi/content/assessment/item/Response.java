package org.manabi.content.assessment.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a learner submits for one item. One shape per kind of answer:
 *
 * <table>
 * <caption>The response shape each item type takes</caption>
 * <tr><th>Item</th><th>Response</th></tr>
 * <tr><td>{@link ItemBody.SingleChoice}</td><td>{@link Choice}</td></tr>
 * <tr><td>{@link ItemBody.MultipleChoice}</td><td>{@link Choices}</td></tr>
 * <tr><td>{@link ItemBody.TrueFalse}</td><td>{@link TrueOrFalse}</td></tr>
 * <tr><td>{@link ItemBody.FillInBlank}</td><td>{@link Blanks}</td></tr>
 * <tr><td>{@link ItemBody.ShortText}, {@link ItemBody.KanjiReading}</td><td>{@link Text}</td></tr>
 * <tr><td>{@link ItemBody.Ordering}</td><td>{@link Order}</td></tr>
 * <tr><td>{@link ItemBody.Matching}</td><td>{@link Matches}</td></tr>
 * <tr><td>{@link ItemBody.Numeric}</td><td>{@link NumberText}</td></tr>
 * <tr><td>{@link ItemBody.ReadingPassage}, {@link ItemBody.Listening}</td><td>{@link Parts}</td></tr>
 * </table>
 *
 * <p>A response comes from the browser and is not trusted: constructors never refuse one (nulls
 * become empty values), and the {@link Grader} decides what it is worth.
 */
public sealed interface Response {

    /** The id of the option chosen. */
    record Choice(String optionId) implements Response {
    }

    /** The ids of the options ticked; a repeated id counts once. */
    record Choices(List<String> optionIds) implements Response {

        public Choices {
            optionIds = strings(optionIds);
        }
    }

    /** True or false; null when the learner chose neither. */
    record TrueOrFalse(Boolean value) implements Response {
    }

    /** The answer typed into each blank, by blank index; "" for a blank left empty. */
    record Blanks(List<String> answers) implements Response {

        public Blanks {
            answers = strings(answers);
        }
    }

    /** A typed answer or reading. */
    record Text(String text) implements Response {
    }

    /** The ids of all items, in the order the learner put them. */
    record Order(List<String> optionIds) implements Response {

        public Order {
            optionIds = strings(optionIds);
        }
    }

    /** Left-hand option id to the right-hand option id the learner matched it with. */
    record Matches(Map<String, String> pairs) implements Response {

        public Matches {
            Map<String, String> copy = new LinkedHashMap<>();
            if (pairs != null) {
                pairs.forEach((left, right) -> {
                    if (left != null && right != null) {
                        copy.put(left, right);
                    }
                });
            }
            pairs = Map.copyOf(copy);
        }
    }

    /** A number as typed, parsed by the grader (full-width digits, separators, kanji numerals). */
    record NumberText(String text) implements Response {
    }

    /**
     * The responses to the sub-items of a passage or listening item, by sub-item index; null for a
     * sub-item not answered.
     */
    record Parts(List<Response> parts) implements Response {

        public Parts {
            // Copied without List.copyOf, which refuses the nulls that stand for unanswered parts.
            parts = parts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(parts));
        }
    }

    private static List<String> strings(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().map(v -> v == null ? "" : v).toList();
    }
}
