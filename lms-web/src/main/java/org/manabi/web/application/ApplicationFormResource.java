package org.manabi.web.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.application.ApplicationForms;
import org.manabi.core.application.ApplicationReview;
import org.manabi.core.programme.ProgrammeCatalogue;
import org.manabi.web.problem.Problems;

/** A programme's application form settings, and its cohorts' queues at a glance. */
@Path("programmes/{programmeId}/application-form")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class ApplicationFormResource {

    @Inject
    ApplicationForms forms;

    @Inject
    ApplicationReview review;

    @Inject
    ProgrammeCatalogue programmes;

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext caller;

    @GET
    @Operation(summary = "The programme's form settings (closed and first come, first served until set up)")
    public ApplicationFormView get(@PathParam("programmeId") long programmeId) {
        var programme = programmes.find(programmeId).orElseThrow(NotFoundException::new).programme();
        return ApplicationFormView.of(programmeId, programme.code(), forms.of(programmeId).orElse(null),
                review.cohorts(programmeId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open, close or change the programme's application form")
    public Response put(@PathParam("programmeId") long programmeId, @Valid @NotNull ApplicationFormRequest form) {
        String[] problem = form.problem();
        if (problem != null) {
            return Problems.invalid(uriInfo.getRequestUri().getRawPath(), problem[0], problem[1], "Invalid");
        }
        forms.configure(programmeId, form.toSettings(), caller.getUserPrincipal().getName())
                .orElseThrow(NotFoundException::new);
        return Response.ok(get(programmeId)).build();
    }
}
