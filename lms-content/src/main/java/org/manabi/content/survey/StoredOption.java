package org.manabi.content.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An option of one question of a {@link Survey}. */
@Embeddable
public class StoredOption {

    @Column(name = "question_code", nullable = false, length = 60)
    private String questionCode;

    @Column(name = "code", nullable = false, length = 60)
    private String code;

    @Column(name = "label_ja", nullable = false, length = 200)
    private String labelJa;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    protected StoredOption() {
    }

    StoredOption(String questionCode, OptionDefinition option) {
        this.questionCode = questionCode;
        this.code = option.code();
        this.labelJa = option.labelJa().strip();
        this.labelEn = option.labelEn().strip();
    }

    String questionCode() {
        return questionCode;
    }

    OptionDefinition toDefinition() {
        return new OptionDefinition(code, labelJa, labelEn);
    }
}
