package org.manabi.core.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A term of a programme with fixed dates (e.g. 2026-09-01..10-31) and its seats. Some seats may
 * be held back for invited organisations until {@code reserveReleasedOn}; from that day the ones
 * they did not use are open to individual applicants, first come, first served.
 */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @SequenceGenerator(name = "cohort_seq", sequenceName = "cohort_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_seq")
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "seat_limit")
    private Integer seatLimit;

    @Column(name = "invited_reserve", nullable = false)
    private int invitedReserve;

    @Column(name = "reserve_released_on")
    private LocalDate reserveReleasedOn;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_reason", length = 1000)
    private String cancelledReason;

    protected Cohort() {
    }

    public Cohort(long programmeId, String name, LocalDate startsOn, LocalDate endsOn, Integer seatLimit,
                  int invitedReserve, LocalDate reserveReleasedOn) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a cohort ends on or after the day it starts");
        }
        if (seatLimit != null && (seatLimit < 1 || invitedReserve > seatLimit) || invitedReserve < 0) {
            throw new IllegalArgumentException("the reserve must fit within the seat limit");
        }
        this.programmeId = programmeId;
        this.name = Objects.requireNonNull(name);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.seatLimit = seatLimit;
        this.invitedReserve = invitedReserve;
        this.reserveReleasedOn = reserveReleasedOn;
    }

    public Long id() {
        return id;
    }

    public long programmeId() {
        return programmeId;
    }

    public String name() {
        return name;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Integer seatLimit() {
        return seatLimit;
    }

    public int invitedReserve() {
        return invitedReserve;
    }

    public LocalDate reserveReleasedOn() {
        return reserveReleasedOn;
    }

    /** Whether the unused reserved seats are open to individuals on {@code day}. */
    public boolean reserveReleased(LocalDate day) {
        return reserveReleasedOn == null || !day.isBefore(reserveReleasedOn);
    }

    /** A run that will not take place (too few applicants): it takes no more applications or seats. */
    public void cancel(String reason, Instant now) {
        if (cancelledAt != null) {
            throw new IllegalStateException("already cancelled");
        }
        this.cancelledAt = now;
        this.cancelledReason = Objects.requireNonNull(reason);
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelledReason() {
        return cancelledReason;
    }

    /** Whether people may still apply for this cohort on {@code day}: not cancelled and not over. */
    public boolean takesApplications(LocalDate day) {
        return !cancelled() && !day.isAfter(endsOn);
    }
}
