package org.manabi.web.observability;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;

/**
 * One line of the structured access log. The query string is left out on purpose: it can carry
 * tokens and personal data, and the path is enough to find the route.
 */
record AccessLogEntry(Instant at, String requestId, String method, String path, int status, double durationMs,
                      String remoteAddress, String userAgent) {

    private static final int MAX_FIELD = 300;
    /**
     * Looked up once: {@code Json.createObjectBuilder()} asks the service loader for a provider on
     * every call, which scanned the class path on every request (a tenth of a search's time).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    String toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", "access")
                .add("at", at.toString())
                .add("requestId", requestId)
                .add("method", method)
                .add("path", clip(path))
                .add("status", status)
                .add("durationMs", Math.round(durationMs * 100) / 100.0)
                .add("remote", remoteAddress == null ? "" : remoteAddress);
        if (userAgent != null) {
            json.add("userAgent", clip(userAgent));
        }
        return json.build().toString();
    }

    private static String clip(String value) {
        return value.length() <= MAX_FIELD ? value : value.substring(0, MAX_FIELD);
    }
}
