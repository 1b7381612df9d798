package org.manabi.web.curriculum;

/** Whom to enrol: one account ({@code accountId}) or every seat holder of a cohort ({@code cohortId}), not both. */
public record EnrolmentRequest(Long accountId, Long cohortId) {

    boolean exactlyOne() {
        return accountId == null ^ cohortId == null;
    }
}
