package org.manabi.web.problem;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Recognises a query or path parameter that could not be converted to its Java type, such as
 * {@code ?organisationId=abc} or {@code /api/accounts/abc}. JAX-RS answers those 404, which tells
 * the client nothing; we answer 400 naming the parameter.
 *
 * <p>Jersey reports them as its {@code ParamException}, which Payara provides but which is not on
 * our compile class path. It is recognised by its public accessor {@code getParameterName()}.
 */
final class InvalidParameter {

    private static final String JERSEY_PARAM_EXCEPTION = "org.glassfish.jersey.server.ParamException";

    private InvalidParameter() {
    }

    /** The parameter's name, when {@code thrown} is Jersey's report of an unconvertible parameter. */
    static Optional<String> name(Throwable thrown) {
        if (!isParamException(thrown.getClass())) {
            return Optional.empty();
        }
        try {
            Method accessor = thrown.getClass().getMethod("getParameterName");
            return Optional.ofNullable((String) accessor.invoke(thrown));
        } catch (ReflectiveOperationException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** What is wrong with the value, in plain English. */
    static String reason(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof NumberFormatException) {
                return "must be a whole number";
            }
        }
        return "has the wrong form";
    }

    private static boolean isParamException(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(JERSEY_PARAM_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }
}
