package org.manabi.web.survey;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.manabi.content.survey.StandardSurvey;

/**
 * Issue a standard survey to a cohort. Without {@code opensAt}/{@code closesAt} the template's
 * usual window applies (see docs/SURVEYS.md).
 */
public record StandardSurveyRequest(
        @NotNull(message = "choose SATISFACTION, COMPANY or EMPLOYMENT") StandardSurvey template,
        @NotNull(message = "choose a cohort") Long cohortId,
        Instant opensAt,
        Instant closesAt) {

    public StandardSurveyRequest(StandardSurvey template, Long cohortId, Instant opensAt, Instant closesAt) {
        this.template = template;
        this.cohortId = cohortId;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }
}
