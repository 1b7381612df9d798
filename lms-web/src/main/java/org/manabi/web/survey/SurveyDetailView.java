package org.manabi.web.survey;

import java.util.List;

/** A survey with its questions, for administrators. */
public record SurveyDetailView(SurveySummaryView survey, List<QuestionView> questions) {
}
