package org.manabi.web.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.manabi.core.application.Application;

/** An application as administrators see it in the queue. */
public record ApplicationView(long id, String reference, long programmeId, long cohortId, String status,
                              String displayName, String email, String language, Map<String, String> answers,
                              Instant submittedAt, Instant decidedAt, String decidedBy, String decisionReason,
                              String selectionNote, Long organisationId, Long accountId, String loginId) {

    public static ApplicationView of(Application a) {
        return of(a, null);
    }

    /** With the login id just issued, which the approval response shows once. */
    static ApplicationView of(Application a, String loginId) {
        Map<String, String> answers = new LinkedHashMap<>();
        a.answers().forEach((question, answer) -> answers.put(question.name(), answer));
        return new ApplicationView(a.id(), a.reference(), a.programmeId(), a.cohortId(), a.status().name(),
                a.displayName(), a.email(), a.language(), answers, a.submittedAt(), a.decidedAt(), a.decidedBy(),
                a.decisionReason(), a.selectionNote(), a.organisationId(), a.accountId(), loginId);
    }
}
