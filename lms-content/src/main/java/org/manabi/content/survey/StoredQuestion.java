package org.manabi.content.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A question of a {@link Survey}, at its position; its options are stored with the survey. */
@Embeddable
public class StoredQuestion {

    @Column(name = "code", nullable = false, length = 60)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private QuestionKind kind;

    @Column(name = "prompt_ja", nullable = false, length = 500)
    private String promptJa;

    @Column(name = "prompt_en", nullable = false, length = 500)
    private String promptEn;

    @Column(name = "required", nullable = false)
    private boolean required;

    protected StoredQuestion() {
    }

    StoredQuestion(QuestionDefinition question) {
        this.code = question.code();
        this.kind = question.kind();
        this.promptJa = question.promptJa().strip();
        this.promptEn = question.promptEn().strip();
        this.required = question.required();
    }

    String code() {
        return code;
    }

    QuestionKind kind() {
        return kind;
    }

    String promptJa() {
        return promptJa;
    }

    String promptEn() {
        return promptEn;
    }

    boolean required() {
        return required;
    }
}
