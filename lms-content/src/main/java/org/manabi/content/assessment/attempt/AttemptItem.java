package org.manabi.content.assessment.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One item drawn into an attempt, with the answer given and, once graded, its score. */
@Embeddable
public class AttemptItem {

    @Column(name = "bank_item_id", nullable = false)
    private long bankItemId;

    @Column(name = "points", nullable = false)
    private int points;

    @Column(name = "response", length = 65_536)
    private String response;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "score")
    private Double score;

    @Column(name = "needs_review", nullable = false)
    private boolean needsReview;

    protected AttemptItem() {
    }

    AttemptItem(long bankItemId, int points) {
        this.bankItemId = bankItemId;
        this.points = points;
    }

    void answer(String json, Instant at) {
        this.response = json;
        this.answeredAt = at;
    }

    void grade(double share, boolean review) {
        this.score = share;
        this.needsReview = review;
    }

    public long bankItemId() {
        return bankItemId;
    }

    public int points() {
        return points;
    }

    /** The answer's JSON as the browser sent it; null when not answered. */
    public String response() {
        return response;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    /** The share of the points earned, 0 to 1; null until graded. */
    public Double score() {
        return score;
    }

    public boolean needsReview() {
        return needsReview;
    }
}
