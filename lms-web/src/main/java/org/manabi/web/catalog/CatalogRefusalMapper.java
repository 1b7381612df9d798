package org.manabi.web.catalog;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.manabi.content.catalog.CatalogRefusal;
import org.manabi.web.problem.FieldViolation;
import org.manabi.web.problem.Problems;

/**
 * A refused catalog or curriculum change becomes a problem: 400 with one error per invalid field,
 * 403, 404 (also for what the caller may not see, so ids cannot be probed) or 409, naming the
 * field when there is one. The service threw inside its transaction, so nothing was written.
 */
@Provider
public class CatalogRefusalMapper implements ExceptionMapper<CatalogRefusal> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(CatalogRefusal refusal) {
        String path = uriInfo.getRequestUri().getRawPath();
        List<FieldViolation> fields = refusal.problems().stream()
                .map(p -> new FieldViolation(p.path(), p.message(), p.code()))
                .toList();
        return switch (refusal.reason()) {
            case INVALID -> Problems.invalid(path, fields);
            case NOT_FOUND -> Problems.response(404, "not-found", "Not found", refusal.getMessage(), path);
            case FORBIDDEN -> Problems.response(403, refusal.code(), "Not allowed", refusal.getMessage(), path);
            case CONFLICT -> Problems.response(409, refusal.code(), "Conflict", refusal.getMessage(), path, fields);
        };
    }
}
