package org.manabi.web.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.assessment.analysis.Analysis;
import org.manabi.content.assessment.analysis.AnalysisViews;
import org.manabi.content.assessment.attempt.Attempts;
import org.manabi.content.assessment.attempt.AttemptViews;
import org.manabi.content.assessment.quiz.Quizzes;
import org.manabi.web.catalog.CatalogViewers;
import org.manabi.web.problem.Problems;

/** Quizzes, their attempts and their item analysis, for instructors and administrators. */
@Path("assessment/quizzes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"INSTRUCTOR", "ADMINISTRATOR"})
public class QuizResource {

    @Inject
    Quizzes quizzes;

    @Inject
    Attempts attempts;

    @Inject
    Analysis analysis;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "All quizzes by title")
    public List<QuizView> all() {
        return quizzes.all().stream().map(QuizView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One quiz's definition")
    public QuizView get(@PathParam("id") long id) {
        return quizzes.find(id).map(QuizView::of).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a quiz from bank items and draws")
    public Response create(QuizRequest body) {
        if (body == null) {
            return Problems.invalid(uriInfo.getRequestUri().getRawPath(), "body", "send the quiz", "Required");
        }
        if (body.nullEntry().isPresent()) {
            return Problems.invalid(uriInfo.getRequestUri().getRawPath(), body.nullEntry().get(), "must not be null",
                    "NotNull");
        }
        var quiz = quizzes.create(body.toDefinition(), CatalogViewers.of(request).accountId(),
                CatalogViewers.actor(request));
        return Response.created(URI.create(uriInfo.getRequestUri().getRawPath() + "/" + quiz.id()))
                .entity(QuizView.of(quiz)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a quiz's definition; attempts already made keep their items")
    public Response update(@PathParam("id") long id, QuizRequest body) {
        if (body == null) {
            return Problems.invalid(uriInfo.getRequestUri().getRawPath(), "body", "send the quiz", "Required");
        }
        if (body.nullEntry().isPresent()) {
            return Problems.invalid(uriInfo.getRequestUri().getRawPath(), body.nullEntry().get(), "must not be null",
                    "NotNull");
        }
        return Response.ok(QuizView.of(quizzes.update(id, body.toDefinition(), CatalogViewers.actor(request))))
                .build();
    }

    @GET
    @Path("{id}/attempts")
    @Operation(summary = "Every attempt at the quiz, newest first, with scores whatever the feedback policy")
    public List<AttemptViews.Summary> attempts(@PathParam("id") long id) {
        return attempts.attemptsAt(id);
    }

    @GET
    @Path("{id}/analysis")
    @Operation(summary = "Item analysis: facility, discrimination (upper-lower 27%) and how often each option was chosen")
    public AnalysisViews.QuizAnalysis analysis(@PathParam("id") long id) {
        // Attempts left open past their deadline count as closed; close them first so they are counted.
        attempts.closeExpiredAt(id);
        return analysis.ofQuiz(id);
    }
}
