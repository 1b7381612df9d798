package org.manabi.web.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.assessment.analysis.Analysis;
import org.manabi.content.assessment.analysis.AnalysisViews;
import org.manabi.content.assessment.attempt.AttemptViews;
import org.manabi.content.assessment.attempt.Attempts;
import org.manabi.content.assessment.practice.JlptPracticeQuizzes;
import org.manabi.web.problem.Problems;
import org.manabi.web.security.CurrentSession;

/**
 * Taking a quiz, for anyone signed in. The caller's account comes from the session, never from
 * the request, so nobody can act on another person's attempt; every limit is the server's.
 */
@Path("assessment")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEARNER", "INSTRUCTOR", "COMPANY_MANAGER", "COUNSELLOR", "ADMINISTRATOR"})
public class AttemptResource {

    @Inject
    JlptPracticeQuizzes practiceQuizzes;

    @Inject
    Attempts attempts;

    @Inject
    Analysis analysis;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("quiz/{code}")
    @Operation(summary = "A quiz by its code (what a QUIZ lesson names): its rules, my attempts, whether I may start")
    public AttemptViews.QuizStatus status(@PathParam("code") String code) {
        return attempts.status(quizId(code), me());
    }

    @POST
    @Path("quiz/{code}/attempts")
    @Operation(summary = "Start an attempt (or resume the one in progress): the answer-free items and the deadline")
    public AttemptViews.Paper start(@PathParam("code") String code) {
        return attempts.start(quizId(code), me());
    }

    @GET
    @Path("attempts/{id}")
    @Operation(summary = "My attempt in progress, with the answers saved so far")
    public AttemptViews.Paper paper(@PathParam("id") long id) {
        return attempts.paper(id, me());
    }

    @PUT
    @Path("attempts/{id}/answers/{position}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save my answer to one item: {\"answer\": ...}; refused after the deadline or submission")
    public Response answer(@PathParam("id") long id, @PathParam("position") int position, JsonObject body) {
        if (body == null || !body.containsKey("answer")) {
            return Problems.invalid(path(), "answer", "send {\"answer\": ...}", "Required");
        }
        attempts.answer(id, me(), position, body.get("answer"));
        return Response.noContent().build();
    }

    @POST
    @Path("attempts/{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit my attempt, with any last answers by position ({\"answers\": {\"0\": ...}}); graded on the server")
    public Response submit(@PathParam("id") long id, JsonObject body) {
        Map<Integer, JsonValue> last = new HashMap<>();
        JsonValue given = body == null ? null : body.get("answers");
        if (given != null && given.getValueType() != JsonValue.ValueType.NULL && !(given instanceof JsonObject)) {
            return Problems.invalid(path(), "answers", "an object of answers by item position", "Type");
        }
        if (given instanceof JsonObject answers) {
            for (var entry : answers.entrySet()) {
                try {
                    last.put(Integer.parseInt(entry.getKey()), entry.getValue());
                } catch (NumberFormatException e) {
                    return Problems.invalid(path(), "answers", "keys are item positions", "Position");
                }
            }
        }
        return Response.ok(attempts.submit(id, me(), last)).build();
    }

    @GET
    @Path("attempts/{id}/result")
    @Operation(summary = "My closed attempt: score, and each item with its solution once the feedback policy allows")
    public AttemptViews.Result result(@PathParam("id") long id) {
        return attempts.result(id, me());
    }

    @GET
    @Path("me/attempts")
    @Operation(summary = "My attempt history, newest first")
    public List<AttemptViews.Summary> history() {
        return attempts.historyOf(me());
    }

    @GET
    @Path("me/proficiency")
    @Operation(summary = "My proficiency by skill and by tag over my graded attempts")
    public List<AnalysisViews.Proficiency> proficiency() {
        long me = me();
        attempts.closeExpiredOf(me);
        return analysis.proficiencyOf(me);
    }

    private long quizId(String code) {
        return practiceQuizzes.byCode(code).orElseThrow(NotFoundException::new).id();
    }

    private long me() {
        return CurrentSession.of(request).orElseThrow(() -> new NotAuthorizedException("Session")).id();
    }

    private String path() {
        return uriInfo.getRequestUri().getRawPath();
    }
}
