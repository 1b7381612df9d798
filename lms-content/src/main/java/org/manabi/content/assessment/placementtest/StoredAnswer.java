package org.manabi.content.assessment.placementtest;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.manabi.content.assessment.placement.PlacementSession;

/** One answer of a placement attempt as stored: which item, whether it was right, and when. */
@Embeddable
public class StoredAnswer {

    @Column(name = "item_id", nullable = false, length = 400)
    private String itemId;

    @Column(name = "correct", nullable = false)
    private boolean correct;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected StoredAnswer() {
    }

    StoredAnswer(String itemId, boolean correct, Instant answeredAt) {
        this.itemId = itemId;
        this.correct = correct;
        this.answeredAt = answeredAt;
    }

    public String itemId() {
        return itemId;
    }

    public boolean correct() {
        return correct;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    PlacementSession.Answer answer() {
        return new PlacementSession.Answer(itemId, correct);
    }
}
