package org.manabi.web.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.manabi.content.assessment.quiz.FeedbackPolicy;
import org.manabi.content.assessment.quiz.QuizDefinition;

/** A quiz as the editor sends it; the rules are checked by the quiz service. */
public record QuizRequest(String code, String title, String description, Integer timeLimitMinutes,
                          Integer maxAttempts, int passPercent, FeedbackPolicy feedback, List<Item> items,
                          List<Draw> draws, List<Window> windows) {

    public record Item(long bankItemId, int points) {
    }

    public record Draw(String tag, String level, int count, int points) {
    }

    public record Window(Long cohortId, Instant opensAt, Instant closesAt) {
    }

    /** The first list entry sent as JSON null (e.g. {@code items[2]}), which the lists may not hold. */
    Optional<String> nullEntry() {
        return Stream.of(entryOf("items", items), entryOf("draws", draws), entryOf("windows", windows))
                .flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> entryOf(String field, List<?> list) {
        if (list == null) {
            return Optional.empty();
        }
        int at = list.indexOf(null);
        return at < 0 ? Optional.empty() : Optional.of(field + "[" + at + "]");
    }

    QuizDefinition toDefinition() {
        return new QuizDefinition(code, title, description, timeLimitMinutes, maxAttempts, passPercent, feedback,
                items == null ? List.of() : items.stream().map(i -> new QuizDefinition.ItemRef(i.bankItemId(),
                        i.points())).toList(),
                draws == null ? List.of() : draws.stream().map(d -> new QuizDefinition.Draw(d.tag(), d.level(),
                        d.count(), d.points())).toList(),
                windows == null ? List.of() : windows.stream().map(w -> new QuizDefinition.Window(w.cohortId(),
                        w.opensAt(), w.closesAt())).toList());
    }
}
