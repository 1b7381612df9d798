package org.manabi.web.curriculum;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.curriculum.Curricula;
import org.manabi.web.problem.Problems;

/** A programme's curricula, for administrators. */
@Path("programmes/{programmeId}/curricula")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class ProgrammeCurriculaResource {

    @Inject
    Curricula curricula;

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext caller;

    @GET
    @Operation(summary = "The programme's curricula with their plans from its first cohort")
    public List<CurriculumView> list(@PathParam("programmeId") long programmeId) {
        return curricula.ofProgramme(programmeId).orElseThrow(NotFoundException::new).stream()
                .map(curriculum -> CurriculumView.of(curriculum, curricula))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a curriculum: ordered courses, required or optional, prerequisites, pace and breaks")
    public Response create(@PathParam("programmeId") long programmeId, @Valid @NotNull CurriculumRequest body) {
        String badBreak = body.invalidBreak();
        if (badBreak != null) {
            return Problems.invalid(uriInfo.getRequestUri().getRawPath(), badBreak, "not a day of the year", "Date");
        }
        var curriculum = curricula.create(programmeId, body.toDefinition(), caller.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(CurriculumView.of(curriculum, curricula)).build();
    }
}
