package org.manabi.content.survey;

import java.util.List;
import java.util.Optional;

/**
 * What a survey asks, and of whom in general terms; the cohort or programme and the dates come when
 * it is issued.
 *
 * @param template the standard survey it was made from, or {@code null} for one written by hand
 */
public record SurveyDefinition(StandardSurvey template, String titleJa, String titleEn, boolean anonymous,
                               Audience audience, List<QuestionDefinition> questions) {

    public SurveyDefinition {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public Optional<QuestionDefinition> question(String code) {
        return questions.stream().filter(question -> question.code().equals(code)).findFirst();
    }
}
