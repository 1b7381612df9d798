package org.manabi.web.application;

/** What an applicant is told after submitting: the reference to quote, and that mail follows. */
public record SubmittedView(String reference, String status) {
}
