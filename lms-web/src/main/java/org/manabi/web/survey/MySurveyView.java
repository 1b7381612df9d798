package org.manabi.web.survey;

import java.time.Instant;
import java.util.List;
import org.manabi.content.survey.Invitation;
import org.manabi.content.survey.StandardSurvey;
import org.manabi.content.survey.Survey;

/** An open survey that asks the signed-in person, with its questions, and whether they have answered. */
public record MySurveyView(long id, StandardSurvey template, String titleJa, String titleEn, boolean anonymous,
                           Instant closesAt, boolean answered, List<QuestionView> questions) {

    static MySurveyView of(Invitation invitation) {
        Survey survey = invitation.survey();
        return new MySurveyView(survey.id(), survey.template().orElse(null), survey.titleJa(), survey.titleEn(),
                survey.anonymous(), survey.closesAt(), invitation.answered(),
                invitation.answered() ? List.of() : survey.questions().stream().map(QuestionView::of).toList());
    }
}
