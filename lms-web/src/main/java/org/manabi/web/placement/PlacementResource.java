package org.manabi.web.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.assessment.placement.PlacementItem;
import org.manabi.content.assessment.placementtest.PlacementAttempt;
import org.manabi.content.assessment.placementtest.PlacementBanks;
import org.manabi.content.assessment.placementtest.PlacementTests;
import org.manabi.content.assessment.placementtest.StudyPlans;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.web.security.CurrentSession;

/** The signed-in learner's placement tests; another learner's attempt is "not found". */
@Path("me/placement")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEARNER", "INSTRUCTOR", "COMPANY_MANAGER", "COUNSELLOR", "ADMINISTRATOR"})
public class PlacementResource {

    @Inject
    PlacementTests tests;

    @Inject
    StudyPlans plans;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a placement test (a retake keeps the earlier ones); answers with the first question")
    public Response start(StartRequest body) {
        PlacementTests.Run run = tests.start(me(), body == null ? null : body.scale());
        return Response.status(201).entity(view(run)).build();
    }

    @GET
    @Operation(summary = "My placement tests, newest first, without questions")
    public List<AttemptView> history() {
        return tests.history(me()).stream().map(a -> new AttemptView(a.id(), a.scale(), a.finished(),
                a.answers().size(), a.maxItems(), a.startedAt(), a.finishedAt().orElse(null), null)).toList();
    }

    @GET
    @Path("latest")
    @Operation(summary = "My most recent placement test with the question to answer now")
    public AttemptView latest() {
        return tests.latest(me()).map(PlacementResource::view)
                .orElseThrow(() -> CatalogRefusal.notFound("placement test"));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A placement test: progress and the question to answer now (without its answer)")
    public AttemptView attempt(@PathParam("id") long id) {
        return view(tests.find(me(), id));
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the question being asked; graded here. 409 for another question or a finished test")
    public AttemptView answer(@PathParam("id") long id, AnswerRequest body) {
        long me = me();
        tests.answer(me, id, body == null ? null : body.itemId(), body == null ? null : body.optionId());
        return view(tests.find(me, id));
    }

    @GET
    @Path("{id}/result")
    @Operation(summary = "The level a finished placement test found; 409 while it is not finished")
    public ResultView result(@PathParam("id") long id) {
        long me = me();
        PlacementTests.Run run = tests.find(me, id);
        PlacementAttempt attempt = run.attempt();
        if (!attempt.finished()) {
            throw new CatalogRefusal(CatalogRefusal.Reason.CONFLICT, "placement-not-finished",
                    "This placement test is not finished yet.");
        }
        return ResultView.of(PlacementBanks.scale(attempt.scale()), attempt.result(run.placement()),
                attempt.band().orElse(null), plans.defaultEnd(me, LocalDate.now(clock)));
    }

    static AttemptView view(PlacementTests.Run run) {
        PlacementAttempt a = run.attempt();
        QuestionView question = null;
        if (!a.finished()) {
            PlacementItem item = a.currentItem(run.placement()).orElse(null);
            if (item != null) {
                question = QuestionView.of(item.id(), a.answers().size() + 1,
                        a.presentedItem(run.placement()).orElseThrow());
            }
        }
        return new AttemptView(a.id(), a.scale(), a.finished(), a.answers().size(), a.maxItems(), a.startedAt(),
                a.finishedAt().orElse(null), question);
    }

    private long me() {
        return CurrentSession.of(request).orElseThrow(() -> new NotAuthorizedException("Session")).id();
    }
}
