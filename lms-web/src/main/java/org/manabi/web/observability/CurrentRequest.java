package org.manabi.web.observability;

import java.util.Optional;

/**
 * The request the current thread is serving. Set and cleared by {@link RequestContextFilter}; read
 * by the log handler and the error mappers, which have no request of their own to ask.
 */
public final class CurrentRequest {

    private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();

    private CurrentRequest() {
    }

    public static Optional<String> requestId() {
        return Optional.ofNullable(REQUEST_ID.get());
    }

    static void begin(String requestId) {
        REQUEST_ID.set(requestId);
    }

    static void end() {
        REQUEST_ID.remove();
    }
}
