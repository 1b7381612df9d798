package org.manabi.content.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.manabi.content.review.fsrs.CardState;
import org.manabi.content.review.fsrs.Rating;
import org.manabi.content.review.fsrs.ReviewLog;

/**
 * One rating as it happened, never changed afterwards: enough to recompute a card's memory from
 * its history (with other FSRS weights, say), and to count the new cards a learner began today.
 */
@Entity
@Table(name = "review_log")
public class ReviewLogEntry {

    @Id
    @SequenceGenerator(name = "review_log_seq", sequenceName = "review_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_log_seq")
    private Long id;

    @Column(name = "card_id", nullable = false, updatable = false)
    private long cardId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", nullable = false, updatable = false, length = 10)
    private Rating rating;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private Instant reviewedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_before", nullable = false, updatable = false, length = 20)
    private CardState stateBefore;

    @Column(name = "elapsed_days", nullable = false, updatable = false)
    private long elapsedDays;

    @Column(name = "scheduled_seconds", nullable = false, updatable = false)
    private long scheduledSeconds;

    @Column(name = "scheduled_days", nullable = false, updatable = false)
    private long scheduledDays;

    protected ReviewLogEntry() {
    }

    ReviewLogEntry(ReviewCard card, ReviewLog log) {
        this.cardId = card.id();
        this.accountId = card.accountId();
        this.rating = log.rating();
        this.reviewedAt = log.reviewedAt();
        this.stateBefore = log.stateBefore();
        this.elapsedDays = log.elapsedDays();
        this.scheduledSeconds = log.scheduledInterval().toSeconds();
        this.scheduledDays = log.scheduledInterval().toDays();
    }

    public long cardId() {
        return cardId;
    }

    public Rating rating() {
        return rating;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public CardState stateBefore() {
        return stateBefore;
    }

    public long elapsedDays() {
        return elapsedDays;
    }

    public long scheduledDays() {
        return scheduledDays;
    }
}
