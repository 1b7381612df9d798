package org.manabi.core.application;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The optional questions a programme's application form may ask, beyond name, e-mail, language and
 * term, which every form asks. Each knows how to check an answer; the UI shows a label per question.
 */
public enum Question {
    NATIONALITY(Kind.TEXT, 100),
    RESIDENCE_STATUS(Kind.TEXT, 100),
    NATIVE_LANGUAGE(Kind.TEXT, 100),
    JAPANESE_LEVEL(Kind.CHOICE, 10, "N1", "N2", "N3", "N4", "N5", "NONE"),
    PHONE(Kind.PHONE, 20),
    ADDRESS(Kind.TEXT, 400),
    COMPANY_NAME(Kind.TEXT, 200),
    COMPANY_SIZE(Kind.NUMBER, 7),
    EMPLOYMENT_STATUS(Kind.CHOICE, 20, "EMPLOYED", "SELF_EMPLOYED", "JOB_SEEKING", "STUDENT", "OTHER"),
    MOTIVATION(Kind.TEXT, 1000);

    /** How an answer is written. */
    public enum Kind { TEXT, NUMBER, CHOICE, PHONE }

    private static final Pattern PHONE_PATTERN = Pattern.compile("\\+?[0-9][0-9 ()-]{5,19}");
    private static final int MAX_NUMBER = 1_000_000;

    private final Kind kind;
    private final int maxLength;
    private final List<String> choices;

    Question(Kind kind, int maxLength, String... choices) {
        this.kind = kind;
        this.maxLength = maxLength;
        this.choices = List.of(choices);
    }

    public Kind kind() {
        return kind;
    }

    public int maxLength() {
        return maxLength;
    }

    public List<String> choices() {
        return choices;
    }

    /** Why {@code answer} (already stripped, not empty) is not acceptable, if it is not. */
    public Optional<String> problemWith(String answer) {
        if (answer.length() > maxLength) {
            return Optional.of("at most " + maxLength + " characters");
        }
        if (Texts.hasControlCharacters(answer, kind == Kind.TEXT && maxLength > 400)) {
            return Optional.of("must not contain control characters");
        }
        return switch (kind) {
            case TEXT -> Texts.hasMarkup(answer) ? Optional.of("must not contain < or >") : Optional.empty();
            case CHOICE -> choices.contains(answer) ? Optional.empty() : Optional.of("one of " + choices);
            case PHONE -> PHONE_PATTERN.matcher(answer).matches() ? Optional.empty()
                    : Optional.of("digits, spaces, '+', '-' and brackets only");
            case NUMBER -> isWholeNumberUpTo(answer) ? Optional.empty()
                    : Optional.of("a whole number from 0 to " + MAX_NUMBER);
        };
    }

    private static boolean isWholeNumberUpTo(String answer) {
        if (!answer.matches("[0-9]{1,7}")) {
            return false;
        }
        return Integer.parseInt(answer) <= MAX_NUMBER;
    }
}
