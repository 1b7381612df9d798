package org.manabi.content.survey;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An issued survey: its questions, whom it asks (a cohort, a programme, or company managers) and
 * when it is open. Its questions never change once issued, so every response answers the same ones.
 */
@Entity
@Table(name = "survey")
public class Survey {

    @Id
    @SequenceGenerator(name = "survey_seq", sequenceName = "survey_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "template", length = 20, updatable = false)
    private StandardSurvey template;

    @Column(name = "title_ja", nullable = false, length = 200)
    private String titleJa;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(name = "anonymous", nullable = false, updatable = false)
    private boolean anonymous;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, length = 20, updatable = false)
    private Audience audience;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "cohort_id", updatable = false)
    private Long cohortId;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_question", joinColumns = @JoinColumn(name = "survey_id"))
    @OrderColumn(name = "position")
    private List<StoredQuestion> questions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_option", joinColumns = @JoinColumn(name = "survey_id"))
    @OrderColumn(name = "position")
    private List<StoredOption> options = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Survey() {
    }

    Survey(SurveyDefinition definition, SurveyTarget target, Instant opensAt, Instant closesAt, Instant now,
           String createdBy) {
        this.template = definition.template();
        this.titleJa = definition.titleJa().strip();
        this.titleEn = definition.titleEn().strip();
        this.anonymous = definition.anonymous();
        this.audience = definition.audience();
        this.programmeId = target.programmeId();
        this.cohortId = target.cohortId();
        this.organisationId = target.organisationId();
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.createdAt = now;
        this.createdBy = createdBy;
        for (QuestionDefinition question : definition.questions()) {
            questions.add(new StoredQuestion(question));
            question.options().forEach(option -> options.add(new StoredOption(question.code(), option)));
        }
    }

    public Long id() {
        return id;
    }

    public Optional<StandardSurvey> template() {
        return Optional.ofNullable(template);
    }

    public String titleJa() {
        return titleJa;
    }

    public String titleEn() {
        return titleEn;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public Audience audience() {
        return audience;
    }

    public long programmeId() {
        return programmeId;
    }

    public Optional<Long> cohortId() {
        return Optional.ofNullable(cohortId);
    }

    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    /** Open from {@code opensAt} (inclusive) until {@code closesAt} (exclusive). */
    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }

    /** The questions with their options, in order. */
    public List<QuestionDefinition> questions() {
        return questions.stream().map(question -> new QuestionDefinition(question.code(), question.kind(),
                question.promptJa(), question.promptEn(), question.required(), options.stream()
                        .filter(option -> option.questionCode().equals(question.code()))
                        .map(StoredOption::toDefinition)
                        .toList())).toList();
    }

    void closeAt(Instant instant) {
        if (instant.isBefore(closesAt)) {
            closesAt = instant;
            if (!opensAt.isBefore(instant)) {
                opensAt = instant.minusMillis(1);
            }
        }
    }
}
