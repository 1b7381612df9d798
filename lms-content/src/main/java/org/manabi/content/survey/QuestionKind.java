package org.manabi.content.survey;

/** How a question is answered. */
public enum QuestionKind {
    /** One of five points; the options are the points "1" to "5" with their labels. */
    LIKERT,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    FREE_TEXT;

    boolean hasOptions() {
        return this != FREE_TEXT;
    }
}
