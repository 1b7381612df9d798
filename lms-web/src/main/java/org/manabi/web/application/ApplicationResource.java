package org.manabi.web.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.application.ApplicationReview;
import org.manabi.core.application.ApplicationStatus;
import org.manabi.web.observability.ClientAddress;
import org.manabi.web.problem.Problems;

/** The administrators' approval queue. */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class ApplicationResource {

    static final int MAX_LIMIT = 500;

    @Inject
    ApplicationReview review;

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext caller;

    @Context
    HttpServletRequest request;

    /** Filters are checked here, not with Bean Validation: Payara's OpenAPI generator fails on constrained query parameters. */
    @GET
    @Operation(summary = "Applications matching the filters, oldest first (first come, first served)")
    public Response list(@QueryParam("programmeId") Long programmeId, @QueryParam("cohortId") Long cohortId,
                         @QueryParam("status") String status, @QueryParam("limit") @DefaultValue("200") int limit) {
        ApplicationStatus statusFilter = null;
        if (status != null && !status.isBlank()) {
            try {
                statusFilter = ApplicationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return Problems.invalid(path(), "status", "one of " + Arrays.toString(ApplicationStatus.values()),
                        "Invalid");
            }
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return Problems.invalid(path(), "limit", "must be from 1 to " + MAX_LIMIT, "Invalid");
        }
        List<ApplicationView> found = review.list(new ApplicationReview.Filter(programmeId, cohortId, statusFilter),
                limit, actor()).stream().map(ApplicationView::of).toList();
        return Response.ok(found).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application with the applicant's answers; the view is audited")
    public ApplicationView get(@PathParam("id") long id) {
        return review.open(id, actor(), ClientAddress.of(request)).map(ApplicationView::of)
                .orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve: take a seat under the seat rules, issue the account, and tell the applicant")
    public Response approve(@PathParam("id") long id, @Valid @NotNull ApprovalRequest approval) {
        return review.approve(id, approval.organisationId(), approval.selectionNote(), actor())
                .map(outcome -> Decisions.response(outcome, path()))
                .orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject with a reason; the applicant is told by e-mail")
    public Response reject(@PathParam("id") long id, @Valid @NotNull RejectionRequest rejection) {
        return review.reject(id, rejection.reason(), rejection.selectionNote(), actor())
                .map(outcome -> Decisions.response(outcome, path()))
                .orElseThrow(NotFoundException::new);
    }

    private String actor() {
        return caller.getUserPrincipal().getName();
    }

    private String path() {
        return uriInfo.getRequestUri().getRawPath();
    }
}
