package org.manabi.content.review.fsrs;

/**
 * How well the learner recalled a card, as the four FSRS grades. The grade number takes part in
 * the formulas (difficulty moves by {@code grade - 3}), so it is part of the type, not an ordinal.
 */
public enum Rating {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** The FSRS grade: 1 for AGAIN up to 4 for EASY. */
    public int grade() {
        return grade;
    }

    /** The rating with this FSRS grade. */
    public static Rating ofGrade(int grade) {
        for (Rating rating : values()) {
            if (rating.grade == grade) {
                return rating;
            }
        }
        throw new IllegalArgumentException("An FSRS grade is 1 (again) to 4 (easy), got " + grade);
    }
}
