package org.manabi.web.observability;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Request ids: a caller's {@code X-Request-Id} is kept when it is short and plain (so a proxy's id
 * follows the request through), anything else is replaced, so a log line can never be forged or
 * split through this header.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    private RequestIds() {
    }

    public static String acceptOrCreate(String offered) {
        if (offered != null && ACCEPTABLE.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }
}
