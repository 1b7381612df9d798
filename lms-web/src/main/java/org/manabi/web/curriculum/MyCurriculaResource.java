package org.manabi.web.curriculum;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.content.curriculum.Curricula;
import org.manabi.web.security.CurrentSession;

/** The signed-in person's own curricula. */
@Path("me/curricula")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEARNER", "INSTRUCTOR", "COMPANY_MANAGER", "COUNSELLOR", "ADMINISTRATOR"})
public class MyCurriculaResource {

    @Inject
    Curricula curricula;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "My curricula: each item's status and planned dates, progress, the next course, behind or not")
    public List<MyCurriculumView> mine() {
        long accountId = CurrentSession.of(request).orElseThrow(() -> new NotAuthorizedException("Session")).id();
        return curricula.positionsOf(accountId).stream().map(MyCurriculumView::of).toList();
    }
}
