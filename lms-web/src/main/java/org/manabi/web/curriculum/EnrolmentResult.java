package org.manabi.web.curriculum;

/** What an enrolment did: how many learners were newly enrolled, and how many are enrolled now. */
public record EnrolmentResult(int added, int enrolled) {
}
