package org.manabi.web.survey;

import java.util.List;
import org.manabi.content.survey.OptionDefinition;
import org.manabi.content.survey.QuestionDefinition;
import org.manabi.content.survey.QuestionKind;

/** A question as the browser shows it; the UI may replace the texts of a standard survey with its own translation. */
public record QuestionView(String code, QuestionKind kind, String promptJa, String promptEn, boolean required,
                           List<OptionView> options) {

    public record OptionView(String code, String labelJa, String labelEn) {

        static OptionView of(OptionDefinition option) {
            return new OptionView(option.code(), option.labelJa(), option.labelEn());
        }
    }

    static QuestionView of(QuestionDefinition question) {
        return new QuestionView(question.code(), question.kind(), question.promptJa(), question.promptEn(),
                question.required(), question.options().stream().map(OptionView::of).toList());
    }
}
