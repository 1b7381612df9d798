package org.manabi.web.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.manabi.core.application.ApplicationForm;
import org.manabi.core.application.ApplicationReview;
import org.manabi.core.application.ApplicationStatus;
import org.manabi.core.application.SelectionMode;

/**
 * A programme's form settings as administrators edit them, with every question a form may ask and
 * each cohort's applications by status.
 *
 * @param publicPath where applicants find the form, relative to the server's address
 */
public record ApplicationFormView(long programmeId, String programmeCode, boolean accepting, String selectionMode,
                                  Integer minimumApplicants, String selectionCriteria, Map<String, String> questions,
                                  String publicPath, List<PublicFormView.QuestionView> availableQuestions,
                                  List<CohortQueueView> cohorts) {

    /** One cohort in the queue. */
    public record CohortQueueView(long id, String name, LocalDate startsOn, LocalDate endsOn, Integer seatLimit,
                                  long seatsTaken, Map<String, Long> applications, boolean cancelled,
                                  String cancelledReason) {

        static CohortQueueView of(ApplicationReview.CohortSummary summary) {
            Map<String, Long> counts = new TreeMap<>();
            for (ApplicationStatus status : ApplicationStatus.values()) {
                counts.put(status.name(), summary.applications().getOrDefault(status, 0L));
            }
            var c = summary.cohort();
            return new CohortQueueView(c.id(), c.name(), c.startsOn(), c.endsOn(), c.seatLimit(),
                    summary.seatsTaken(), counts, c.cancelled(), c.cancelledReason());
        }
    }

    static ApplicationFormView of(long programmeId, String programmeCode, ApplicationForm form,
                                  List<ApplicationReview.CohortSummary> cohorts) {
        Map<String, String> questions = new TreeMap<>();
        if (form != null) {
            form.questions().forEach((q, r) -> questions.put(q.name(), r.name()));
        }
        return new ApplicationFormView(programmeId, programmeCode, form != null && form.accepting(),
                form == null ? SelectionMode.FIRST_COME.name() : form.selectionMode().name(),
                form == null ? null : form.minimumApplicants(), form == null ? null : form.selectionCriteria(),
                questions, "/#/apply/" + programmeCode, PublicFormView.allQuestions(),
                cohorts.stream().map(CohortQueueView::of).toList());
    }
}
