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
}
