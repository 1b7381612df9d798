package org.manabi.web.survey;

import java.time.Instant;
import org.manabi.content.survey.Audience;
import org.manabi.content.survey.StandardSurvey;
import org.manabi.content.survey.Survey;

/**
 * A survey in the administrators' list.
 *
 * @param template the standard survey it was made from, or {@code null}
 * @param open     whether it takes answers now
 */
public record SurveySummaryView(long id, StandardSurvey template, String titleJa, String titleEn, boolean anonymous,
                                Audience audience, long programmeId, Long cohortId, Long organisationId,
                                Instant opensAt, Instant closesAt, boolean open, int responses, int invited) {

    static SurveySummaryView of(Survey survey, Instant now, int responses, int invited) {
        return new SurveySummaryView(survey.id(), survey.template().orElse(null), survey.titleJa(), survey.titleEn(),
                survey.anonymous(), survey.audience(), survey.programmeId(), survey.cohortId().orElse(null),
                survey.organisationId().orElse(null), survey.opensAt(), survey.closesAt(), survey.isOpenAt(now),
                responses, invited);
    }
}
