package org.manabi.core.application;

import java.util.Map;

/**
 * What an applicant sent from the public form, not yet checked.
 *
 * @param answers answers keyed by {@link Question} name; questions the form does not ask are refused
 * @param consent whether the applicant agreed to the privacy notice
 */
public record Submission(Long cohortId, String displayName, String email, String language,
                         Map<String, String> answers, boolean consent) {

    public Submission {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
