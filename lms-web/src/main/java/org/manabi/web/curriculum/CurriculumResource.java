package org.manabi.web.curriculum;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.curriculum.Curricula;
import org.manabi.content.curriculum.CurriculumEnrolment;
import org.manabi.core.identity.Account;
import org.manabi.core.identity.AccountAdministration;
import org.manabi.web.problem.Problems;
import org.manabi.web.security.Actors;

/** One curriculum and its learners, for administrators. */
@Path("curricula")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class CurriculumResource {

    @Inject
    Curricula curricula;

    @Context
    UriInfo uriInfo;

    @Inject
    AccountAdministration administration;

    @Context
    SecurityContext caller;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{id}")
    @Operation(summary = "One curriculum with its plan from the programme's first cohort")
    public CurriculumView get(@PathParam("id") long id) {
        return curricula.find(id).map(curriculum -> CurriculumView.of(curriculum, curricula))
                .orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a curriculum's definition; learners keep their progress in each course")
    public Response update(@PathParam("id") long id, @Valid @NotNull CurriculumRequest body) {
        String badBreak = body.invalidBreak();
        if (badBreak != null) {
            return Problems.invalid(path(), badBreak, "not a day of the year", "Date");
        }
        var curriculum = curricula.update(id, body.toDefinition(), caller.getUserPrincipal().getName());
        return Response.ok(CurriculumView.of(curriculum, curricula)).build();
    }

    @POST
    @Path("{id}/enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrol one learner (accountId) or every seat holder of a cohort (cohortId); idempotent")
    public Response enrol(@PathParam("id") long id, @Valid @NotNull EnrolmentRequest body) {
        if (!body.exactlyOne()) {
            return Problems.invalid(path(), body.accountId() == null ? "accountId" : "cohortId",
                    "give either accountId or cohortId", "ExactlyOne");
        }
        String actor = caller.getUserPrincipal().getName();
        int added = body.accountId() != null ? curricula.enrolLearner(id, body.accountId(), actor)
                : curricula.enrolCohort(id, body.cohortId(), actor);
        return Response.ok(new EnrolmentResult(added, curricula.enrolments(id).size())).build();
    }

    @GET
    @Path("{id}/enrolments")
    @Operation(summary = "The learners enrolled in a curriculum, first enrolled first")
    public List<EnrolmentView> enrolments(@PathParam("id") long id) {
        curricula.find(id).orElseThrow(NotFoundException::new);
        List<CurriculumEnrolment> enrolments = curricula.enrolments(id);
        Map<Long, Account> accounts = administration.byIds(
                enrolments.stream().map(CurriculumEnrolment::accountId).toList(), "curriculum " + id + " enrolments",
                Actors.of(request));
        return enrolments.stream().map(e -> EnrolmentView.of(e, accounts.get(e.accountId()))).toList();
    }

    private String path() {
        return uriInfo.getRequestUri().getRawPath();
    }
}
