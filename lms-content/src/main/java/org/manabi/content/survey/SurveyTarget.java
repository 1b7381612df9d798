package org.manabi.content.survey;

/**
 * Where a survey is issued: a programme, and within it a cohort and an organisation when given.
 *
 * @param cohortId       the cohort asked (required for {@link Audience#COHORT}), or {@code null}
 * @param organisationId only this organisation's people or managers, or {@code null} for all
 */
public record SurveyTarget(long programmeId, Long cohortId, Long organisationId) {
}
