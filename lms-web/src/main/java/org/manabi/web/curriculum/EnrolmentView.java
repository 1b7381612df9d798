package org.manabi.web.curriculum;

import java.time.Instant;
import java.time.LocalDate;
import org.manabi.content.curriculum.CurriculumEnrolment;

/** A learner enrolled in a curriculum, with the day their plan starts and the cohort they came with. */
public record EnrolmentView(long accountId, Long cohortId, LocalDate startsOn, Instant enrolledAt, String enrolledBy) {

    static EnrolmentView of(CurriculumEnrolment enrolment) {
        return new EnrolmentView(enrolment.accountId(), enrolment.cohortId().orElse(null), enrolment.startsOn(),
                enrolment.enrolledAt(), enrolment.enrolledBy());
    }
}
