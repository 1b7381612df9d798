package org.manabi.web.application;

import java.util.Map;
import org.manabi.core.application.Submission;

/**
 * An application as the public form sends it. Checked in the core ({@code SubmissionCheck}), which
 * reports every problem at once with the field it belongs to.
 */
public record ApplicationRequest(Long cohortId, String displayName, String email, String language,
                                 Map<String, String> answers, Boolean consent) {

    Submission toSubmission() {
        return new Submission(cohortId, displayName, email, language, answers, Boolean.TRUE.equals(consent));
    }
}
