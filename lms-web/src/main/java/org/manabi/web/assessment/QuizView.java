package org.manabi.web.assessment;

import java.time.Instant;
import java.util.List;
import org.manabi.content.assessment.quiz.Quiz;
import org.manabi.content.assessment.quiz.QuizDefinition;

/** A quiz's definition, for its authors. */
public record QuizView(long id, String code, String title, String description, Integer timeLimitMinutes,
                       Integer maxAttempts, int passPercent, String feedback, int itemCount,
                       List<QuizRequest.Item> items, List<QuizRequest.Draw> draws, List<QuizRequest.Window> windows,
                       Instant updatedAt) {

    static QuizView of(Quiz quiz) {
        QuizDefinition d = quiz.definition();
        return new QuizView(quiz.id(), d.code(), d.title(), d.description(), d.timeLimitMinutes(), d.maxAttempts(),
                d.passPercent(), d.feedback().name(), quiz.itemCount(),
                d.items().stream().map(i -> new QuizRequest.Item(i.bankItemId(), i.points())).toList(),
                d.draws().stream().map(x -> new QuizRequest.Draw(x.tag(), x.level(), x.count(), x.points())).toList(),
                d.windows().stream().map(w -> new QuizRequest.Window(w.cohortId(), w.opensAt(), w.closesAt()))
                        .toList(),
                quiz.updatedAt());
    }
}
