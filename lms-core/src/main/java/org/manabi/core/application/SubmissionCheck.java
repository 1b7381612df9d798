package org.manabi.core.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.manabi.core.programme.Cohort;

/**
 * Checks a submission against its form. Pure, so every rule is unit-tested; the result is either
 * the cleaned answers or every problem found (not just the first), for the form to show at once.
 */
public final class SubmissionCheck {

    static final Set<String> LANGUAGES = Set.of("ja", "en", "vi", "id", "tl", "my");
    static final int MAX_NAME = 200;

    /** The cleaned values of an acceptable submission. */
    public record Clean(Cohort cohort, String displayName, String email, String language,
                        Map<Question, String> answers) {
    }

    /** Either {@link #clean} or a non-empty {@link #problems}. */
    public record Result(Clean clean, List<FieldProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private SubmissionCheck() {
    }

    public static Result check(Submission submission, ApplicationForm form, List<Cohort> cohorts, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = text(submission.displayName());
        if (name.isEmpty()) {
            problems.add(new FieldProblem("displayName", "must not be blank", "NotBlank"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("displayName", "at most " + MAX_NAME + " characters", "Size"));
        } else if (Texts.hasMarkup(name) || Texts.hasControlCharacters(name, false)) {
            problems.add(new FieldProblem("displayName", "must not contain <, > or control characters", "Markup"));
        }
        String email = text(submission.email());
        if (email.isEmpty()) {
            problems.add(new FieldProblem("email", "must not be blank", "NotBlank"));
        } else if (!Texts.isEmail(email)) {
            problems.add(new FieldProblem("email", "must be an e-mail address", "Email"));
        }
        String language = text(submission.language());
        if (!LANGUAGES.contains(language)) {
            problems.add(new FieldProblem("language", "one of " + LANGUAGES.stream().sorted().toList(), "Invalid"));
        }
        Cohort cohort = cohorts.stream()
                .filter(c -> submission.cohortId() != null && c.id().equals(submission.cohortId()))
                .findFirst().orElse(null);
        if (submission.cohortId() == null) {
            problems.add(new FieldProblem("cohortId", "choose a term", "NotNull"));
        } else if (cohort == null || !cohort.takesApplications(today)) {
            problems.add(new FieldProblem("cohortId", "this term does not take applications", "Invalid"));
        }
        if (!submission.consent()) {
            problems.add(new FieldProblem("consent", "the privacy notice must be accepted", "AssertTrue"));
        }
        Map<Question, String> answers = submission.answers().size() > Submission.MAX_ANSWERS
                ? tooMany(problems) : answers(submission.answers(), form.questions(), problems);
        Clean clean = problems.isEmpty() ? new Clean(cohort, name, email, language, answers) : null;
        return new Result(clean, List.copyOf(problems));
    }

    private static Map<Question, String> answers(Map<String, String> given, Map<Question, Requirement> asked,
                                                 List<FieldProblem> problems) {
        Map<Question, String> answers = new EnumMap<>(Question.class);
        for (Map.Entry<String, String> entry : given.entrySet()) {
            Question question = asked.keySet().stream().filter(q -> q.name().equals(entry.getKey())).findFirst()
                    .orElse(null);
            if (question == null) {
                problems.add(new FieldProblem("answers." + entry.getKey(), "this form does not ask this", "Unknown"));
                continue;
            }
            String answer = text(entry.getValue());
            if (answer.isEmpty()) {
                continue;
            }
            question.problemWith(answer).ifPresentOrElse(
                    reason -> problems.add(new FieldProblem("answers." + question.name(), reason, "Invalid")),
                    () -> answers.put(question, answer));
        }
        asked.forEach((question, requirement) -> {
            boolean alreadyReported = problems.stream().anyMatch(p -> p.field().equals("answers." + question.name()));
            if (requirement == Requirement.REQUIRED && !answers.containsKey(question) && !alreadyReported) {
                problems.add(new FieldProblem("answers." + question.name(), "must not be blank", "NotBlank"));
            }
        });
        return answers;
    }

    private static Map<Question, String> tooMany(List<FieldProblem> problems) {
        problems.add(new FieldProblem("answers", "at most " + Submission.MAX_ANSWERS + " answers", "Size"));
        return Map.of();
    }

    /** Stripped and NFKC-normalised, so full-width letters and digits from a phone keyboard are accepted. */
    private static String text(String value) {
        return value == null ? "" : Texts.nfkc(value).strip();
    }
}
