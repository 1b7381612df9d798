package org.manabi.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * HTTP-level errors raised by the JAX-RS runtime or by our resources: unknown route, wrong method,
 * wrong media type, a query or path parameter of the wrong type (400 naming it) and the like. The exception's own message is never passed on (the runtime's can
 * name classes or parameters); the detail says what to do instead.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        String path = uriInfo.getRequestUri().getRawPath();
        var parameter = InvalidParameter.name(exception);
        if (parameter.isPresent()) {
            return Problems.invalid(path, parameter.get(), InvalidParameter.reason(exception), "Type");
        }
        if (status == 400 && MalformedBody.isEmpty(exception)) {
            return MalformedBody.emptyResponse(path);
        }
        if (status == 400 && MalformedBody.isCause(exception)) {
            return MalformedBody.response(path);
        }
        Response problem = switch (status) {
            case 400 -> Problems.response(400, "bad-request", "Bad request",
                    "The request could not be understood: check its parameters and body.", path);
            case 401 -> Problems.response(401, "unauthenticated", "Sign-in required",
                    "Sign in, then try again.", path);
            case 403 -> Problems.response(403, "forbidden", "Not allowed",
                    "Your account may not do this.", path);
            case 404 -> Problems.response(404, "not-found", "Not found",
                    "Nothing exists at " + path + ".", path);
            case 405 -> Problems.response(405, "method-not-allowed", "Method not allowed",
                    request.getMethod() + " is not allowed at " + path + "; allowed: "
                            + String.join(", ", original.getAllowedMethods()) + ".", path);
            case 406 -> Problems.response(406, "not-acceptable", "Not acceptable",
                    "This resource answers in application/json.", path);
            case 415 -> Problems.response(415, "unsupported-media-type", "Unsupported media type",
                    "This address does not take "
                            + (headers.getMediaType() == null ? "a body without a content type" : headers.getMediaType())
                            + ". Send application/json (course packages: application/zip; account imports: text/csv).",
                    path);
            default -> Problems.response(status, "http-" + status,
                    original.getStatusInfo().getReasonPhrase(), null, path);
        };
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        if (status == 405) {
            builder.allow(original.getAllowedMethods());
        }
        return builder.build();
    }
}
