package org.manabi.content.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That an account has answered a survey; a unique key allows one per survey and account. It names
 * no response, so for an anonymous survey it says who took part but not what they said.
 */
@Entity
@Table(name = "survey_participation")
public class SurveyParticipation {

    @Id
    @SequenceGenerator(name = "survey_participation_seq", sequenceName = "survey_participation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_participation_seq")
    private Long id;

    @Column(name = "survey_id", nullable = false, updatable = false)
    private long surveyId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "participated_at", nullable = false, updatable = false)
    private Instant participatedAt;

    protected SurveyParticipation() {
    }

    SurveyParticipation(long surveyId, long accountId, Instant participatedAt) {
        this.surveyId = surveyId;
        this.accountId = accountId;
        this.participatedAt = participatedAt;
    }

    public long surveyId() {
        return surveyId;
    }

    public long accountId() {
        return accountId;
    }

    public Instant participatedAt() {
        return participatedAt;
    }
}
