package org.manabi.content.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One chosen option, or one free text, of a {@link SurveyResponse}. */
@Embeddable
public class StoredAnswer {

    @Column(name = "question_code", nullable = false, length = 60)
    private String questionCode;

    @Column(name = "option_code", length = 60)
    private String optionCode;

    @Column(name = "text_value", length = 2000)
    private String textValue;

    protected StoredAnswer() {
    }

    StoredAnswer(String questionCode, String optionCode, String textValue) {
        this.questionCode = questionCode;
        this.optionCode = optionCode;
        this.textValue = textValue;
    }

    public String questionCode() {
        return questionCode;
    }

    /** The chosen option's code, or {@code null} for free text. */
    public String optionCode() {
        return optionCode;
    }

    /** The free text, or {@code null} for a chosen option. */
    public String textValue() {
        return textValue;
    }
}
