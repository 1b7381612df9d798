package org.manabi.web.survey;

import java.util.List;
import org.manabi.content.survey.EmploymentOutcome;
import org.manabi.content.survey.QuestionKind;
import org.manabi.content.survey.SurveyResults;

/**
 * A survey's results: per question the count of each option, the Likert mean, and the free texts;
 * for an employment survey, the outcome KPIs.
 */
public record SurveyResultsView(SurveySummaryView survey, int responses, int invited, List<QuestionResultView> questions,
                                OutcomeView outcome) {

    public record QuestionResultView(String code, QuestionKind kind, String promptJa, String promptEn, int answered,
                                     List<OptionCountView> options, Double mean, List<String> texts) {
    }

    public record OptionCountView(String code, String labelJa, String labelEn, int count) {
    }

    /** Seed 004 §4: employed and certified people per person asked. */
    public record OutcomeView(int invited, int responded, int employed, int certified, double employmentRate,
                              double certificationRate) {

        static OutcomeView of(EmploymentOutcome outcome) {
            return new OutcomeView(outcome.invited(), outcome.responded(), outcome.employed(), outcome.certified(),
                    outcome.employmentRate(), outcome.certificationRate());
        }
    }

    static SurveyResultsView of(SurveySummaryView survey, SurveyResults results, EmploymentOutcome outcome) {
        return new SurveyResultsView(survey, results.responses(), results.invited(), results.questions().stream()
                .map(q -> new QuestionResultView(q.question().code(), q.question().kind(), q.question().promptJa(),
                        q.question().promptEn(), q.answered(), q.options().stream()
                        .map(c -> new OptionCountView(c.option().code(), c.option().labelJa(), c.option().labelEn(),
                                c.count()))
                        .toList(), q.mean(), q.texts()))
                .toList(), outcome == null ? null : OutcomeView.of(outcome));
    }
}
