package org.manabi.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is our fault: logged in full (with the request id, through the log handler) and
 * answered with a 500 that tells the client nothing about the server except the request id.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        String path = uriInfo.getRequestUri().getRawPath();
        if (MalformedBody.isCause(exception)) {
            return MalformedBody.response(path);
        }
        LOG.log(Level.SEVERE, "Unexpected error serving " + path, exception);
        return internalError(path);
    }

    static Response internalError(String path) {
        return Problems.response(500, "internal-error", "Internal error",
                "The server could not complete this request. If it happens again, give the request id to "
                        + "an administrator.", path);
    }
}
