package org.manabi.core.audit;

import java.util.Optional;

/**
 * Where the request being served came from, for the audit trail: the web layer sets it around each
 * request, and {@link AuditLog} fills it into entries that do not say, so every administrator
 * action is recorded with "from where" without each caller passing it along.
 */
public final class RequestOrigin {

    /** The client's address (after trusted proxies) and the request id. */
    public record Origin(String clientAddress, String requestId) {
    }

    private static final ThreadLocal<Origin> CURRENT = new ThreadLocal<>();

    private RequestOrigin() {
    }

    public static void begin(String clientAddress, String requestId) {
        CURRENT.set(new Origin(clientAddress, requestId));
    }

    public static void end() {
        CURRENT.remove();
    }

    public static Optional<Origin> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
