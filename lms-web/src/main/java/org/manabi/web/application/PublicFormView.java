package org.manabi.web.application;

import java.time.LocalDate;
import java.util.List;
import org.manabi.core.application.ApplicationForm;
import org.manabi.core.application.ApplicationForms;
import org.manabi.core.application.Question;

/** An open application form as anyone may see it: nothing here is personal. */
public record PublicFormView(String programmeCode, String programmeName, String selectionMode,
                             String selectionCriteria, List<CohortOption> cohorts, List<QuestionView> questions) {

    /** A term one may apply for. */
    public record CohortOption(long id, String name, LocalDate startsOn, LocalDate endsOn) {
    }

    /** A question the form asks, and how to answer it. */
    public record QuestionView(String name, String kind, boolean required, int maxLength, List<String> choices) {

        static List<QuestionView> of(ApplicationForm form) {
            return form.questions().entrySet().stream()
                    .map(e -> new QuestionView(e.getKey().name(), e.getKey().kind().name(),
                            e.getValue() == org.manabi.core.application.Requirement.REQUIRED, e.getKey().maxLength(),
                            e.getKey().choices()))
                    .toList();
        }
    }

    static PublicFormView of(ApplicationForms.PublicForm form) {
        return new PublicFormView(form.programme().code(), form.programme().name(),
                form.form().selectionMode().name(), form.form().selectionCriteria(),
                form.cohorts().stream().map(c -> new CohortOption(c.id(), c.name(), c.startsOn(), c.endsOn())).toList(),
                QuestionView.of(form.form()));
    }

    /** Every question a form may ask, for the administrators' settings page. */
    static List<QuestionView> allQuestions() {
        return java.util.Arrays.stream(Question.values())
                .map(q -> new QuestionView(q.name(), q.kind().name(), false, q.maxLength(), q.choices()))
                .toList();
    }
}
