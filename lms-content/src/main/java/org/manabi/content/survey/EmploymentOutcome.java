package org.manabi.content.survey;

import java.util.List;

/**
 * The outcome KPIs of seed 004 §4 from the answers to a {@link StandardSurvey#EMPLOYMENT} survey.
 * Employed: the employment type is one of {@link StandardSurvey#COUNTED_EMPLOYMENT} (day labour and
 * "not employed" are not). Certified: at least one listed certification chosen (not "none"); a
 * certification written only as free text is not counted, since only an administrator can say
 * whether it was one of the programme's targets. Rates are over the people asked, so someone who
 * did not answer counts as neither employed nor certified.
 *
 * @param invited   the people asked (the cohort's learners)
 * @param responded how many answered
 */
public record EmploymentOutcome(int invited, int responded, int employed, int certified) {

    public static EmploymentOutcome of(List<SurveyResponse> responses, int invited) {
        int employed = 0;
        int certified = 0;
        for (SurveyResponse response : responses) {
            boolean isEmployed = false;
            boolean isCertified = false;
            for (StoredAnswer answer : response.answers()) {
                if (answer.optionCode() == null) {
                    continue;
                }
                if (StandardSurvey.EMPLOYMENT_TYPE.equals(answer.questionCode())
                        && StandardSurvey.COUNTED_EMPLOYMENT.contains(answer.optionCode())) {
                    isEmployed = true;
                }
                if (StandardSurvey.CERTIFICATIONS.equals(answer.questionCode())
                        && !StandardSurvey.NO_CERTIFICATION.equals(answer.optionCode())) {
                    isCertified = true;
                }
            }
            employed += isEmployed ? 1 : 0;
            certified += isCertified ? 1 : 0;
        }
        return new EmploymentOutcome(invited, responses.size(), employed, certified);
    }

    /** Employed people per person asked, 0 to 1; 0 when nobody was asked. */
    public double employmentRate() {
        return invited == 0 ? 0 : (double) employed / invited;
    }

    public double certificationRate() {
        return invited == 0 ? 0 : (double) certified / invited;
    }
}
