package org.manabi.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.audit.AuditLog;

/** The newest audit entries, for administrators only. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMINISTRATOR")
public class AuditResource {

    @Inject
    AuditLog auditLog;

    @GET
    @Operation(summary = "The newest audit entries, newest first")
    public List<AuditEventView> newest(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return auditLog.newest(limit).stream().map(AuditEventView::of).toList();
    }
}
