package org.manabi.web.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The body of every API error ({@code application/problem+json}). Null members are left out.
 *
 * @param type      a stable URI naming the kind of problem, e.g. {@code urn:manabi:problem:validation}
 * @param title     a short, human summary of that kind
 * @param status    the HTTP status
 * @param detail    what happened this time and what to do about it
 * @param instance  the path that was asked for
 * @param requestId the id to quote to an administrator; it finds the matching log lines
 * @param errors    the invalid fields, for validation problems
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
                      List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:manabi:problem:";
}
