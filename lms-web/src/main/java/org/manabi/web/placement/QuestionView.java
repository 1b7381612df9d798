package org.manabi.web.placement;

import java.util.List;
import org.manabi.content.assessment.item.Option;
import org.manabi.content.assessment.item.PresentedItem;

/**
 * The question being asked, without its answer.
 *
 * @param number 1 for the first question
 * @param prompt Markdown
 */
public record QuestionView(String itemId, int number, String prompt, List<OptionView> options) {

    /** One choice; the text is Markdown. */
    public record OptionView(String id, String text) {
    }

    static QuestionView of(String itemId, int number, PresentedItem item) {
        List<Option> options = item instanceof PresentedItem.SingleChoice choice ? choice.options() : List.of();
        return new QuestionView(itemId, number, item.prompt(),
                options.stream().map(o -> new OptionView(o.id(), o.text())).toList());
    }
}
