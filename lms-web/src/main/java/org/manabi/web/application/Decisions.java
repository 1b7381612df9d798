package org.manabi.web.application;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.manabi.core.application.ApplicationReview.Outcome;
import org.manabi.core.programme.SeatRules;
import org.manabi.web.problem.FieldViolation;
import org.manabi.web.problem.Problems;

/** How a review outcome is answered: the application, or a problem whose code the UI turns into words. */
final class Decisions {

    private Decisions() {
    }

    static Response response(Outcome outcome, String path) {
        if (outcome instanceof Outcome.Approved approved) {
            return Response.ok(ApplicationView.of(approved.application(), approved.loginId())).build();
        }
        if (outcome instanceof Outcome.Rejected rejected) {
            return Response.ok(ApplicationView.of(rejected.application())).build();
        }
        if (outcome instanceof Outcome.NotPending notPending) {
            return Problems.response(409, "already-decided", "Already decided",
                    "This application is already " + notPending.status() + ".", path,
                    List.of(new FieldViolation("status", notPending.status().name(), "AlreadyDecided")));
        }
        if (outcome instanceof Outcome.SeatRefused refused) {
            return Problems.response(409, "no-seat", "No seat", seatReason(refused.decision()), path,
                    List.of(new FieldViolation("cohortId", seatReason(refused.decision()), refused.decision().name())));
        }
        if (outcome instanceof Outcome.NeedsSelectionNote) {
            return Problems.invalid(path, "selectionNote",
                    "under selection, say how the published criteria were applied", "NotBlank");
        }
        return Problems.invalid(path, "organisationId", "no such organisation", "Exists");
    }

    static String seatReason(SeatRules.Decision decision) {
        return switch (decision) {
            case PROGRAMME_FULL -> "every seat of the programme is taken";
            case COHORT_FULL -> "every seat of this term is taken";
            case RESERVED_FOR_INVITED_ORGANISATIONS -> "the seats left are held for invited organisations until "
                    + "their release day";
            case ORGANISATION_CAP_REACHED -> "the organisation already holds all the seats it may";
            case COHORT_CANCELLED -> "this run was cancelled";
            case GRANTED -> "granted";
        };
    }
}
