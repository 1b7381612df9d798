package org.manabi.web.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.assessment.placementtest.StudyPlans;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.content.catalog.Level;
import org.manabi.web.security.CurrentSession;

/** The signed-in learner's study plan: its settings, and the plan computed from them today. */
@Path("me/study-plan")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEARNER", "INSTRUCTOR", "COMPANY_MANAGER", "COUNSELLOR", "ADMINISTRATOR"})
public class StudyPlanResource {

    @Inject
    StudyPlans plans;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "My study plan as of today: this week, the weeks ahead, behind or not; 404 before it is set up")
    public StudyPlanView plan() {
        return plans.overview(me()).map(StudyPlanView::of).orElseThrow(() -> CatalogRefusal.notFound("study plan"));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose hours per week (1-60), target level and end date; the plan starts today")
    public StudyPlanView choose(PlanSettingsRequest body) {
        if (body == null) {
            throw CatalogRefusal.invalid("hoursPerWeek", "NotNull", "must not be null");
        }
        long me = me();
        Level target = Arrays.stream(Level.values()).filter(l -> l.name().equals(body.targetLevel())).findFirst()
                .orElse(null);
        plans.choose(me, body.scale(), body.hoursPerWeek() == null ? Double.NaN : body.hoursPerWeek(), target,
                body.endDate());
        return plans.overview(me).map(StudyPlanView::of).orElseThrow();
    }

    private long me() {
        return CurrentSession.of(request).orElseThrow(() -> new NotAuthorizedException("Session")).id();
    }
}
