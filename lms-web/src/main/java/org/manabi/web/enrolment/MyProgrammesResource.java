package org.manabi.web.enrolment;

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
import org.manabi.core.programme.Enrolments;
import org.manabi.web.security.CurrentSession;

/** The signed-in person's own programmes. */
@Path("me/programmes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEARNER", "INSTRUCTOR", "COMPANY_MANAGER", "COUNSELLOR", "ADMINISTRATOR"})
public class MyProgrammesResource {

    @Inject
    Enrolments enrolments;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "My programmes with their access windows; outside a window the record stays visible")
    public List<EnrolmentView> mine() {
        long accountId = CurrentSession.of(request).orElseThrow(() -> new NotAuthorizedException("Session")).id();
        return enrolments.of(accountId).stream().map(EnrolmentView::of).toList();
    }
}
