package org.manabi.content.survey;

import java.util.List;

/**
 * One question of a survey.
 *
 * @param code    unique within the survey, stable across surveys of one template, e.g. {@code employment_type}
 * @param options the offered answers in order; a Likert question's five points; none for free text
 */
public record QuestionDefinition(String code, QuestionKind kind, String promptJa, String promptEn, boolean required,
                                 List<OptionDefinition> options) {

    public QuestionDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public java.util.Optional<OptionDefinition> option(String optionCode) {
        return options.stream().filter(option -> option.code().equals(optionCode)).findFirst();
    }
}
