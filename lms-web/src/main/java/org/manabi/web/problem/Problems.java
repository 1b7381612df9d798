package org.manabi.web.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.manabi.web.observability.CurrentRequest;

/** Builds problem responses; the one place that knows how a problem becomes HTTP. */
public final class Problems {

    private Problems() {
    }

    public static Response response(int status, String slug, String title, String detail, String path,
                                    List<FieldViolation> errors) {
        Problem problem = new Problem(Problem.TYPE_PREFIX + slug, title, status, detail, path,
                CurrentRequest.requestId().orElse(null), errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response response(int status, String slug, String title, String detail, String path) {
        return response(status, slug, title, detail, path, null);
    }

    /** A 400 for invalid fields, in the same form as Bean Validation failures. */
    public static Response invalid(String path, List<FieldViolation> violations) {
        return response(400, "validation", "Invalid input", "Some fields are missing or invalid; see errors for each "
                + "field.", path, violations);
    }

    /** A 400 for one invalid field. */
    public static Response invalid(String path, String field, String reason, String code) {
        return invalid(path, List.of(new FieldViolation(field, reason, code)));
    }
}
