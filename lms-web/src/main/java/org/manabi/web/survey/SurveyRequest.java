package org.manabi.web.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.manabi.content.survey.Audience;
import org.manabi.content.survey.OptionDefinition;
import org.manabi.content.survey.QuestionDefinition;
import org.manabi.content.survey.QuestionKind;
import org.manabi.content.survey.StandardSurvey;
import org.manabi.content.survey.SurveyDefinition;
import org.manabi.content.survey.SurveyTarget;

/**
 * A survey written by an administrator. The service checks the rest (codes, lengths, options per
 * kind) and names each bad field. A Likert question given without options gets the five points of
 * an agreement scale.
 */
public record SurveyRequest(
        String titleJa,
        String titleEn,
        boolean anonymous,
        @NotNull(message = "choose COHORT, PROGRAMME or COMPANY_MANAGERS") Audience audience,
        @NotNull(message = "choose a programme") Long programmeId,
        Long cohortId,
        Long organisationId,
        Instant opensAt,
        Instant closesAt,
        @NotNull(message = "list the questions") @Size(max = 50, message = "at most 50 questions")
        List<@Valid @NotNull QuestionRequest> questions) {

    public SurveyRequest(String titleJa, String titleEn, boolean anonymous, Audience audience, Long programmeId,
                         Long cohortId, Long organisationId, Instant opensAt, Instant closesAt,
                         List<QuestionRequest> questions) {
        this.titleJa = titleJa;
        this.titleEn = titleEn;
        this.anonymous = anonymous;
        this.audience = audience;
        this.programmeId = programmeId;
        this.cohortId = cohortId;
        this.organisationId = organisationId;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.questions = questions;
    }

    /** One question; options are ignored for free text. */
    public record QuestionRequest(String code, @NotNull(message = "choose the kind") QuestionKind kind,
                                  String promptJa, String promptEn, boolean required,
                                  @Size(max = 30, message = "at most 30 options") List<@Valid @NotNull OptionRequest> options) {

        public QuestionRequest(String code, QuestionKind kind, String promptJa, String promptEn, boolean required,
                               List<OptionRequest> options) {
            this.code = code;
            this.kind = kind;
            this.promptJa = promptJa;
            this.promptEn = promptEn;
            this.required = required;
            this.options = options;
        }

        QuestionDefinition toDefinition() {
            List<OptionDefinition> given = options == null ? List.of()
                    : options.stream().map(o -> new OptionDefinition(o.code(), o.labelJa(), o.labelEn())).toList();
            if (kind == QuestionKind.LIKERT && given.isEmpty()) {
                given = StandardSurvey.agreementScale();
            }
            return new QuestionDefinition(code, kind, promptJa, promptEn, required, given);
        }
    }

    public record OptionRequest(String code, String labelJa, String labelEn) {
    }

    SurveyDefinition toDefinition() {
        return new SurveyDefinition(null, titleJa, titleEn, anonymous, audience,
                questions.stream().map(QuestionRequest::toDefinition).toList());
    }

    SurveyTarget target() {
        return new SurveyTarget(programmeId, cohortId, organisationId);
    }
}
