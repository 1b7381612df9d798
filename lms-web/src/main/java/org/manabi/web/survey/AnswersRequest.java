package org.manabi.web.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.manabi.content.survey.Answer;

/** A respondent's answers, one per question code; a question left out counts as not answered. */
public record AnswersRequest(
        @NotNull(message = "list the answers") @Size(max = 50, message = "at most 50 answers")
        List<@Valid @NotNull AnswerItem> answers) {

    public AnswersRequest(List<AnswerItem> answers) {
        this.answers = answers;
    }

    /**
     * @param question the question's code
     * @param choices  chosen option codes (a Likert point is "1" to "5")
     * @param text     a free-text answer
     */
    public record AnswerItem(@NotNull(message = "name the question") String question,
                             @Size(max = 30, message = "at most 30 choices") List<@NotNull String> choices,
                             String text) {

        public AnswerItem(String question, List<String> choices, String text) {
            this.question = question;
            this.choices = choices;
            this.text = text;
        }
    }

    List<Answer> toAnswers() {
        return answers.stream().map(a -> new Answer(a.question(), a.choices(), a.text())).toList();
    }
}
