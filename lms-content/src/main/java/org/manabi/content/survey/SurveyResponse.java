package org.manabi.content.survey;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One respondent's answers. For an anonymous survey it holds no account, no organisation and no
 * time, and its id is random rather than the next in a sequence, so neither its content nor its
 * order ties it to the {@link SurveyParticipation} written in the same transaction.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private Long id;

    @Column(name = "survey_id", nullable = false, updatable = false)
    private long surveyId;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "submitted_at", updatable = false)
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_answer", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "position")
    private List<StoredAnswer> answers = new ArrayList<>();

    protected SurveyResponse() {
    }

    private SurveyResponse(long surveyId, Long accountId, Long organisationId, Instant submittedAt,
                           List<StoredAnswer> answers) {
        this.id = 1 + RANDOM.nextLong(Long.MAX_VALUE - 1);
        this.surveyId = surveyId;
        this.accountId = accountId;
        this.organisationId = organisationId;
        this.submittedAt = submittedAt;
        this.answers = new ArrayList<>(answers);
    }

    static SurveyResponse anonymous(long surveyId, List<StoredAnswer> answers) {
        return new SurveyResponse(surveyId, null, null, null, answers);
    }

    static SurveyResponse named(long surveyId, long accountId, Long organisationId, Instant submittedAt,
                                List<StoredAnswer> answers) {
        return new SurveyResponse(surveyId, accountId, organisationId, submittedAt, answers);
    }

    public long id() {
        return id;
    }

    public long surveyId() {
        return surveyId;
    }

    public Optional<Long> accountId() {
        return Optional.ofNullable(accountId);
    }

    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public List<StoredAnswer> answers() {
        return List.copyOf(answers);
    }
}
