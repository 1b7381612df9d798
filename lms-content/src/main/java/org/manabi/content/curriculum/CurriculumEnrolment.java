package org.manabi.content.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A learner following a curriculum, from the day their plan counts: the cohort's first day when
 * they came with a cohort, else the day they were enrolled.
 */
@Entity
@Table(name = "curriculum_enrolment")
public class CurriculumEnrolment {

    @Id
    @SequenceGenerator(name = "curriculum_enrolment_seq", sequenceName = "curriculum_enrolment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "curriculum_enrolment_seq")
    private Long id;

    @Column(name = "curriculum_id", nullable = false, updatable = false)
    private long curriculumId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "cohort_id", updatable = false)
    private Long cohortId;

    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(name = "enrolled_at", nullable = false, updatable = false)
    private Instant enrolledAt;

    @Column(name = "enrolled_by", nullable = false, updatable = false, length = 200)
    private String enrolledBy;

    protected CurriculumEnrolment() {
    }

    CurriculumEnrolment(long curriculumId, long accountId, Long cohortId, LocalDate startsOn, Instant enrolledAt,
                        String enrolledBy) {
        this.curriculumId = curriculumId;
        this.accountId = accountId;
        this.cohortId = cohortId;
        this.startsOn = startsOn;
        this.enrolledAt = enrolledAt;
        this.enrolledBy = enrolledBy;
    }

    public Long id() {
        return id;
    }

    public long curriculumId() {
        return curriculumId;
    }

    public long accountId() {
        return accountId;
    }

    public Optional<Long> cohortId() {
        return Optional.ofNullable(cohortId);
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public String enrolledBy() {
        return enrolledBy;
    }
}
