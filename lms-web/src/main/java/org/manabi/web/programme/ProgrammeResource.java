package org.manabi.web.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.identity.Role;
import org.manabi.core.organisation.OrganisationDirectory;
import org.manabi.core.organisation.Viewer;
import org.manabi.core.programme.ProgrammeCatalogue;
import org.manabi.web.problem.FieldViolation;
import org.manabi.web.problem.Problems;

/** Programmes and their cohorts, for administrators. */
@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class ProgrammeResource {

    /** Only administrators reach this resource, so organisation ids are checked with their view. */
    private static final Viewer ADMIN_VIEW = new Viewer(0, Set.of(Role.ADMINISTRATOR), null);

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    OrganisationDirectory organisations;

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext caller;

    @GET
    @Operation(summary = "Every programme with its cohorts and the seats given")
    public List<ProgrammeView> list() {
        return catalogue.all().stream().map(ProgrammeView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One programme with its cohorts and the seats given")
    public ProgrammeView get(@PathParam("id") long id) {
        return catalogue.find(id).map(ProgrammeView::of).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up a programme and its seat rules")
    public Response create(@Valid @NotNull ProgrammeRequest form) {
        String missing = form.missingCapField();
        if (missing != null) {
            return invalid(missing, "needed for this kind of organisation cap", "NotNull");
        }
        if (catalogue.codeTaken(form.code())) {
            return Problems.response(409, "code-taken", "Code taken", "Another programme already uses this code.",
                    path(), List.of(new FieldViolation("code", "already in use", "Unique")));
        }
        var programme = catalogue.create(form.toProgramme(), caller.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED)
                .entity(catalogue.find(programme.id()).map(ProgrammeView::of).orElseThrow())
                .build();
    }

    @POST
    @Path("{id}/cohorts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a cohort (term) to a programme")
    public Response addCohort(@PathParam("id") long id, @Valid @NotNull CohortRequest form) {
        String[] inconsistency = form.inconsistency();
        if (inconsistency != null) {
            return invalid(inconsistency[0], inconsistency[1], "Consistent");
        }
        return catalogue.addCohort(form.toCohort(id), caller.getUserPrincipal().getName())
                .map(cohort -> Response.status(Response.Status.CREATED)
                        .entity(catalogue.find(id).map(ProgrammeView::of).orElseThrow()).build())
                .orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the organisations invited to the programme: their people may use reserved seats")
    public Response invite(@PathParam("id") long id, @Valid @NotNull InvitationRequest invitation) {
        for (Long organisationId : invitation.organisationIds()) {
            if (organisationId == null || organisations.find(ADMIN_VIEW, organisationId).isEmpty()) {
                return invalid("organisationIds", "no such organisation: " + organisationId, "Exists");
            }
        }
        catalogue.invite(id, invitation.organisationIds(), caller.getUserPrincipal().getName())
                .orElseThrow(NotFoundException::new);
        return Response.ok(catalogue.find(id).map(ProgrammeView::of).orElseThrow()).build();
    }

    private Response invalid(String field, String reason, String code) {
        return Problems.invalid(path(), field, reason, code);
    }

    private String path() {
        return uriInfo.getRequestUri().getRawPath();
    }
}
