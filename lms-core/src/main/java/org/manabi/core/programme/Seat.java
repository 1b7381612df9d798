package org.manabi.core.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One seat in a cohort, given to a learner (or held for one until their account is issued). */
@Entity
@Table(name = "seat")
public class Seat {

    @Id
    @SequenceGenerator(name = "seat_seq", sequenceName = "seat_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seat_seq")
    private Long id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "cohort_id", nullable = false, updatable = false)
    private long cohortId;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "invited", nullable = false, updatable = false)
    private boolean invited;

    @Column(name = "account_id")
    private Long accountId;

    /** When the application was submitted: first come, first served is by this time. */
    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    protected Seat() {
    }

    Seat(Cohort cohort, SeatRules.Request request, Long accountId, Instant submittedAt, Instant grantedAt) {
        this.programmeId = cohort.programmeId();
        this.cohortId = cohort.id();
        this.organisationId = request.organisationId();
        this.invited = request.organisationId() != null && request.invited();
        this.accountId = accountId;
        this.submittedAt = submittedAt;
        this.grantedAt = grantedAt;
    }

    public Long id() {
        return id;
    }

    public long cohortId() {
        return cohortId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Long accountId() {
        return accountId;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    /** Gives a seat held during approval to the account just issued for it. */
    public void assignAccount(long accountId) {
        if (this.accountId != null) {
            throw new IllegalStateException("seat " + id + " already belongs to an account");
        }
        this.accountId = accountId;
    }
}
