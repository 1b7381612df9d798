package org.manabi.content.assessment.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A fixed item of a quiz. */
@Embeddable
public class StoredItem {

    @Column(name = "bank_item_id", nullable = false)
    private long bankItemId;

    @Column(name = "points", nullable = false)
    private int points;

    protected StoredItem() {
    }

    StoredItem(QuizDefinition.ItemRef ref) {
        this.bankItemId = ref.bankItemId();
        this.points = ref.points();
    }

    QuizDefinition.ItemRef toRef() {
        return new QuizDefinition.ItemRef(bankItemId, points);
    }
}
