package org.manabi.web.enrolment;

import java.time.LocalDate;
import org.manabi.core.programme.Enrolments;

/** One of the learner's programmes: the term, the days they may study, and where today falls. */
public record EnrolmentView(String programmeCode, String programmeName, String cohortName, LocalDate firstDay,
                            LocalDate lastDay, String state, long daysLeft) {

    static EnrolmentView of(Enrolments.Enrolment e) {
        return new EnrolmentView(e.programme().code(), e.programme().name(), e.cohort().name(), e.window().firstDay(),
                e.window().lastDay(), e.state().name(), e.daysLeft());
    }
}
