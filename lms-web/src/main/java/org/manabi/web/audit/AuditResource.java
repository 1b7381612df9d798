package org.manabi.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.audit.AuditLog;
import org.manabi.web.problem.Problems;

/** The newest audit entries, for administrators only. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class AuditResource {

    @Inject
    AuditLog auditLog;

    static final int MAX_LIMIT = 500;

    /**
     * The limit is checked here rather than with {@code @Min}/{@code @Max}: Payara 6.2025.10's
     * OpenAPI generator fails on Bean Validation constraints on query parameters.
     */
    @GET
    @Operation(summary = "The newest audit entries, newest first (limit 1 to 500, default 50)")
    public Response newest(@QueryParam("limit") @DefaultValue("50") int limit, @Context UriInfo uriInfo) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Problems.invalid(uriInfo.getRequestUri().getRawPath(), "limit", "must be from 1 to " + MAX_LIMIT,
                    "Range");
        }
        List<AuditEventView> events = auditLog.newest(limit).stream().map(AuditEventView::of).toList();
        return Response.ok(events).build();
    }
}
