package org.manabi.content.assessment.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.manabi.content.assessment.bank.BankItem;
import org.manabi.content.assessment.bank.ItemJson;
import org.manabi.content.assessment.item.ItemBody;

/**
 * One item drawn into an attempt, as it was then, with the answer given and, once graded, its
 * score.
 */
@Embeddable
public class AttemptItem {

    @Column(name = "bank_item_id", nullable = false)
    private long bankItemId;

    @Column(name = "points", nullable = false)
    private int points;

    /** The item as it was when the attempt began, so a later edit in the bank changes nothing here. */
    @Column(name = "item_type", nullable = false, length = 40)
    private String type;

    @Column(name = "body", nullable = false, length = 1_048_576)
    private String body;

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

    AttemptItem(BankItem item, int points) {
        this.bankItemId = item.id();
        this.points = points;
        this.type = item.type();
        this.body = ItemJson.write(item.body());
    }

    /** The item as the learner was given it. */
    public ItemBody body() {
        return ItemJson.read(type, body);
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
