package org.manabi.content.survey;

import java.util.List;

/**
 * A respondent's answer to one question.
 *
 * @param choices the chosen option codes: one for Likert and single choice, any number for multiple choice
 * @param text    the text of a free-text answer
 */
public record Answer(String questionCode, List<String> choices, String text) {

    public Answer {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static Answer choice(String questionCode, String... codes) {
        return new Answer(questionCode, List.of(codes), null);
    }

    public static Answer text(String questionCode, String text) {
        return new Answer(questionCode, List.of(), text);
    }
}
