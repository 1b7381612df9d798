package org.manabi.content.assessment.placement;

import java.util.List;
import java.util.Objects;

/**
 * The state of one placement test, as a server stores it: the items answered in order, whether
 * each answer was right, and the estimate after them. The estimate follows from the answers alone
 * ({@link Placement#replay(List)} folds them again), so storing the answers is enough; the estimate
 * is kept here so a caller need not recompute it to show progress.
 */
public record PlacementSession(List<Answer> answers, AbilityEstimate estimate) {

    /** One answered item. */
    public record Answer(String itemId, boolean correct) {

        public Answer {
            Objects.requireNonNull(itemId, "itemId");
        }
    }

    public PlacementSession {
        answers = List.copyOf(answers);
        Objects.requireNonNull(estimate, "estimate");
    }

    /** The ids of the items given so far, in order. */
    public List<String> administeredItemIds() {
        return answers.stream().map(Answer::itemId).toList();
    }

    public int itemsAnswered() {
        return answers.size();
    }
}
