package org.manabi.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.manabi.core.programme.Cohort;

class SubmissionCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Cohort OPEN = cohort(7L, "2026-11-01", "2026-12-31");
    private static final Cohort OVER = cohort(8L, "2026-09-01", "2026-10-31");
    private static final ApplicationForm FORM = new ApplicationForm(1L, new ApplicationForm.Settings(true,
            SelectionMode.FIRST_COME, null, null, Map.of(Question.NATIONALITY, Requirement.REQUIRED,
            Question.COMPANY_SIZE, Requirement.OPTIONAL, Question.JAPANESE_LEVEL, Requirement.OPTIONAL,
            Question.MOTIVATION, Requirement.OPTIONAL)));

    @Test
    void aCompleteSubmissionIsCleanedAndAccepted() {
        var result = check(submission(Map.of("NATIONALITY", "  Viet Nam ", "COMPANY_SIZE", "２５")));
        assertTrue(result.ok(), result.problems()::toString);
        assertEquals("Viet Nam", result.clean().answers().get(Question.NATIONALITY));
        assertEquals("25", result.clean().answers().get(Question.COMPANY_SIZE), "full-width digits are accepted");
        assertEquals("Nguyen Van An", result.clean().displayName());
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsField() {
        var result = check(new Submission(null, " ", "not-an-address", "fr", Map.of(), false));
        assertFalse(result.ok());
        assertEquals(Set.of("displayName", "email", "language", "cohortId", "consent", "answers.NATIONALITY"),
                fields(result));
    }

    @Test
    void markupAndControlCharactersInNamesAreRefused() {
        assertEquals(Set.of("displayName"), fields(check(named("<script>alert(1)</script>"))));
        assertEquals(Set.of("displayName"), fields(check(named("An\u0000"))));
        assertEquals(Set.of("displayName"), fields(check(named("x".repeat(201)))));
        assertTrue(check(named("x".repeat(200))).ok());
    }

    @Test
    void aTermThatIsOverOrCancelledOrOfAnotherProgrammeIsRefused() {
        assertEquals(Set.of("cohortId"), fields(check(withCohort(OVER.id()))));
        assertEquals(Set.of("cohortId"), fields(check(withCohort(99L))));
        Cohort cancelled = cohort(9L, "2026-11-01", "2026-12-31");
        cancelled.cancel("too few applicants", java.time.Instant.parse("2026-11-01T00:00:00Z"));
        var result = SubmissionCheck.check(withCohort(9L), FORM, List.of(OPEN, cancelled), TODAY);
        assertEquals(Set.of("cohortId"), fields(result));
    }

    @Test
    void theLastDayOfATermStillTakesApplicationsAndTheNextDayDoesNot() {
        Cohort endsToday = cohort(10L, "2026-11-01", "2026-11-22");
        assertTrue(SubmissionCheck.check(withCohort(10L), FORM, List.of(endsToday), TODAY).ok());
        assertFalse(SubmissionCheck.check(withCohort(10L), FORM, List.of(endsToday), TODAY.plusDays(1)).ok());
    }

    @Test
    void answersAreCheckedByTheirQuestion() {
        assertEquals(Set.of("answers.COMPANY_SIZE"), fields(check(submission(Map.of("NATIONALITY", "Japan",
                "COMPANY_SIZE", "many")))));
        assertEquals(Set.of("answers.JAPANESE_LEVEL"), fields(check(submission(Map.of("NATIONALITY", "Japan",
                "JAPANESE_LEVEL", "N6")))));
        assertEquals(Set.of("answers.PHONE"), fields(check(submission(Map.of("NATIONALITY", "Japan",
                "PHONE", "090-1234-5678")))), "a question the form does not ask is refused");
        assertEquals(Set.of("answers.NATIONALITY"), fields(check(submission(Map.of("NATIONALITY", "<b>x</b>")))));
        assertTrue(check(submission(Map.of("NATIONALITY", "Japan", "MOTIVATION", "line one\nline two"))).ok(),
                "long free text may have line breaks");
    }

    @Test
    void aBlankOptionalAnswerIsSimplyLeftOut() {
        var result = check(submission(Map.of("NATIONALITY", "Japan", "COMPANY_SIZE", "  ")));
        assertTrue(result.ok());
        assertFalse(result.clean().answers().containsKey(Question.COMPANY_SIZE));
    }

    @Test
    void nullAnswersCountAsNotGivenAndTooManyAnswersAreRefusedUnread() {
        Map<String, String> withNull = new HashMap<>();
        withNull.put("NATIONALITY", "Japan");
        withNull.put("COMPANY_SIZE", null);
        assertTrue(check(submission(withNull)).ok());
        Map<String, String> flood = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            flood.put("Q" + i, "x");
        }
        assertEquals(Set.of("answers"), fields(check(submission(flood))), "one problem, not a thousand");
    }

    private static Set<String> fields(SubmissionCheck.Result result) {
        return result.problems().stream().map(FieldProblem::field).collect(Collectors.toSet());
    }

    private static SubmissionCheck.Result check(Submission submission) {
        return SubmissionCheck.check(submission, FORM, List.of(OPEN, OVER), TODAY);
    }

    private static Submission submission(Map<String, String> answers) {
        return new Submission(OPEN.id(), "Nguyen Van An", "an@example.com", "vi", answers, true);
    }

    private static Submission named(String name) {
        return new Submission(OPEN.id(), name, "an@example.com", "vi", Map.of("NATIONALITY", "Viet Nam"), true);
    }

    private static Submission withCohort(Long cohortId) {
        Map<String, String> answers = new HashMap<>();
        answers.put("NATIONALITY", "Viet Nam");
        return new Submission(cohortId, "An", "an@example.com", "vi", answers, true);
    }

    static Cohort cohort(long id, String startsOn, String endsOn) {
        Cohort cohort = new Cohort(1L, "Term " + id, LocalDate.parse(startsOn), LocalDate.parse(endsOn), 20, 0, null);
        try {
            Field field = Cohort.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(cohort, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return cohort;
    }
}
