package org.manabi.web.curriculum;

import java.time.Instant;
import java.time.LocalDate;
import org.manabi.content.curriculum.CurriculumEnrolment;
import org.manabi.core.identity.Account;

/**
 * A learner enrolled in a curriculum, with the day their plan starts and the cohort they came with.
 * The name and login id are null when the account no longer exists.
 */
public record EnrolmentView(long accountId, String loginId, String displayName, Long cohortId, LocalDate startsOn,
                            Instant enrolledAt, String enrolledBy) {

    static EnrolmentView of(CurriculumEnrolment enrolment, Account account) {
        return new EnrolmentView(enrolment.accountId(), account == null ? null : account.loginId(),
                account == null ? null : account.displayName(), enrolment.cohortId().orElse(null),
                enrolment.startsOn(), enrolment.enrolledAt(), enrolment.enrolledBy());
    }
}
