package org.manabi.web.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.application.ApplicationReview;
import org.manabi.core.application.ApplicationReview.Outcome;
import org.manabi.web.problem.Problems;

/** Actions on a whole cohort's applications. */
@Path("cohorts/{cohortId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class CohortApplicationResource {

    /** What approving in order did: how many were approved, and why it stopped early, if it did. */
    public record InOrderView(int approved, List<ApplicationView> applications, String stoppedBecause) {
    }

    @Inject
    ApplicationReview review;

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext caller;

    @POST
    @Path("approvals")
    @Operation(summary = "Approve waiting applications in submission order until the seats run out")
    public InOrderView approveInOrder(@PathParam("cohortId") long cohortId) {
        List<Outcome> outcomes = review.approveInOrder(cohortId, caller.getUserPrincipal().getName());
        List<ApplicationView> approved = outcomes.stream().filter(Outcome.Approved.class::isInstance)
                .map(o -> ApplicationView.of(((Outcome.Approved) o).application(), ((Outcome.Approved) o).loginId()))
                .toList();
        String stopped = outcomes.stream().filter(Outcome.SeatRefused.class::isInstance)
                .map(o -> ((Outcome.SeatRefused) o).decision().name()).findFirst().orElse(null);
        return new InOrderView(approved.size(), approved, stopped);
    }

    @POST
    @Path("cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a run with too few applicants; every applicant is told by e-mail")
    public Response cancel(@PathParam("cohortId") long cohortId, @Valid @NotNull CancellationRequest cancellation) {
        ApplicationReview.Cancellation outcome = review.cancelRun(cohortId, cancellation.reason(),
                caller.getUserPrincipal().getName()).orElseThrow(NotFoundException::new);
        if (outcome instanceof ApplicationReview.Cancellation.Cancelled cancelled) {
            return Response.ok(new CancelledView(cancelled.cohort().id(), cancelled.applicationsCancelled())).build();
        }
        return Problems.response(409, "cannot-cancel", "Cannot cancel this run",
                ((ApplicationReview.Cancellation.NotAllowed) outcome).reason(), uriInfo.getRequestUri().getRawPath());
    }

    /** A cancelled run and how many applicants were told. */
    public record CancelledView(long cohortId, int applicationsCancelled) {
    }
}
