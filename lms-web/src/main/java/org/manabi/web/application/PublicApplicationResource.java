package org.manabi.web.application;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.application.ApplicationForms;
import org.manabi.core.application.ApplicationIntake;
import org.manabi.web.observability.ClientAddress;
import org.manabi.web.problem.FieldViolation;
import org.manabi.web.problem.Problems;

/** The public application form of a programme: no sign-in, so its URL can be printed on a flyer. */
@Path("public/programmes/{code}")
@Produces(MediaType.APPLICATION_JSON)
public class PublicApplicationResource {

    @Inject
    ApplicationForms forms;

    @Inject
    ApplicationIntake intake;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("application-form")
    @Operation(summary = "The programme's open application form; 404 when it takes no applications now")
    public PublicFormView form(@PathParam("code") String code) {
        return forms.publicForm(code).map(PublicFormView::of).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply; the applicant gets a reference and a confirmation e-mail")
    public Response apply(@PathParam("code") String code, @NotNull ApplicationRequest application) {
        String path = uriInfo.getRequestUri().getRawPath();
        ApplicationIntake.Outcome outcome = intake.submit(code, application.toSubmission(), ClientAddress.of(request))
                .orElseThrow(NotFoundException::new);
        if (outcome instanceof ApplicationIntake.Outcome.Submitted submitted) {
            return Response.status(Response.Status.CREATED)
                    .entity(new SubmittedView(submitted.application().reference(),
                            submitted.application().status().name()))
                    .build();
        }
        if (outcome instanceof ApplicationIntake.Outcome.Invalid invalid) {
            return Problems.invalid(path, invalid.problems().stream()
                    .map(p -> new FieldViolation(p.field(), p.reason(), p.code())).toList());
        }
        if (outcome instanceof ApplicationIntake.Outcome.Throttled throttled) {
            return Response.fromResponse(Problems.response(429, "too-many-applications", "Too many applications",
                            "Wait a while, then try again.", path))
                    .header("Retry-After", Math.max(1, Duration.between(clock.instant(), throttled.until())
                            .toSeconds()))
                    .build();
        }
        return Problems.response(409, "already-applied", "Already applied",
                "This e-mail address already has an application to this programme.", path,
                List.of(new FieldViolation("email", "already applied to this programme", "Unique")));
    }
}
