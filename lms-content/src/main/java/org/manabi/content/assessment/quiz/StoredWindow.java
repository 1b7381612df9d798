package org.manabi.content.assessment.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** An open/close window of a quiz. */
@Embeddable
public class StoredWindow {

    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    protected StoredWindow() {
    }

    StoredWindow(QuizDefinition.Window window) {
        this.cohortId = window.cohortId();
        this.opensAt = window.opensAt();
        this.closesAt = window.closesAt();
    }

    QuizDefinition.Window toWindow() {
        return new QuizDefinition.Window(cohortId, opensAt, closesAt);
    }
}
