package org.manabi.web.curriculum;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.manabi.content.curriculum.CurriculumRefusal;
import org.manabi.web.problem.FieldViolation;
import org.manabi.web.problem.Problems;

/**
 * A refused curriculum change becomes a problem: 400 naming each field (a prerequisite cycle
 * included), 404, or 409 for a code already used in the programme. Nothing was written.
 */
@Provider
public class CurriculumRefusalMapper implements ExceptionMapper<CurriculumRefusal> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(CurriculumRefusal refusal) {
        String path = uriInfo.getRequestUri().getRawPath();
        return switch (refusal.reason()) {
            case INVALID -> Problems.invalid(path, refusal.problems().stream()
                    .map(p -> new FieldViolation(p.path(), p.message(), p.code()))
                    .toList());
            case NOT_FOUND -> Problems.response(404, "not-found", "Not found", refusal.getMessage(), path);
            case CONFLICT -> Problems.response(409, refusal.code(), "Conflict", refusal.getMessage(), path,
                    refusal.problems().stream().map(p -> new FieldViolation(p.path(), p.message(), p.code())).toList());
        };
    }
}
