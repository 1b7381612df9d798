package org.manabi.core.application;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an applicant sent from the public form, not yet checked.
 *
 * @param answers answers keyed by {@link Question} name; questions the form does not ask are refused
 * @param consent whether the applicant agreed to the privacy notice
 */
public record Submission(Long cohortId, String displayName, String email, String language,
                         Map<String, String> answers, boolean consent) {

    /** A form asks at most this many questions; more answers than that are refused without being read. */
    public static final int MAX_ANSWERS = Question.values().length;

    /** JSON {@code null} answers are left out, as if not given. */
    public Submission {
        answers = answers == null ? Map.of() : answers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
