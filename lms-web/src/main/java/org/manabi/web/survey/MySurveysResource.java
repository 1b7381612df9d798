package org.manabi.web.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.survey.Surveys;
import org.manabi.web.security.CurrentSession;
import org.manabi.web.security.SessionAccount;

/** The open surveys that ask the signed-in person, and their answers. */
@Path("me/surveys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEARNER", "INSTRUCTOR", "COMPANY_MANAGER", "COUNSELLOR", "ADMINISTRATOR"})
public class MySurveysResource {

    @Inject
    Surveys surveys;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "My open surveys, closing soonest first; an answered one is listed without its questions")
    public List<MySurveyView> mine() {
        return surveys.invitationsFor(me().id()).stream().map(MySurveyView::of).toList();
    }

    @POST
    @Path("{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a survey, once: 409 when already answered, not open yet or closed; 404 when it does not ask me")
    public Response answer(@PathParam("id") long id, @Valid @NotNull AnswersRequest body) {
        SessionAccount me = me();
        surveys.answer(id, me.id(), body.toAnswers(), me.loginId());
        return Response.status(Response.Status.CREATED).build();
    }

    private SessionAccount me() {
        return CurrentSession.of(request).orElseThrow(() -> new NotAuthorizedException("Session"));
    }
}
