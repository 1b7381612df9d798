package org.manabi.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bean Validation failures on a request become 400 with one entry per invalid field. A failure on
 * a return value is our bug, not the client's, and becomes a plain 500.
 */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Logger LOG = Logger.getLogger(ConstraintViolationExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        String path = uriInfo.getRequestUri().getRawPath();
        List<FieldViolation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            if (isReturnValue(violation.getPropertyPath())) {
                LOG.log(Level.SEVERE, "A response failed its own validation: " + violation.getPropertyPath(), exception);
                return UnexpectedExceptionMapper.internalError(path);
            }
            violations.add(new FieldViolation(fieldName(violation.getPropertyPath()), violation.getMessage(),
                    violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()));
        }
        violations.sort(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::code));
        return Problems.invalid(path, violations);
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client's name for the field, as Hibernate Validator prints paths: {@code address.city},
     * {@code items[2].name}, {@code tags[2]}, {@code labels[ja]}, without the Java method and
     * parameter names a path starts with. Jakarta Validation puts a list index or map key on the node
     * <em>inside</em> the container, so it is written after the name built so far. A constraint on a
     * whole parameter (such as a missing body) is named {@code body}.
     */
    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && name.length() > 0) {
                if (node.getIndex() != null) {
                    name.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    name.append('[').append(node.getKey()).append(']');
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.length() == 0 ? "body" : name.toString();
    }
}
