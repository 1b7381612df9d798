package org.manabi.core.audit;

import java.util.Objects;

/**
 * What to record in the audit trail.
 *
 * @param actor         who acted: a login id, or {@code system} for the server itself
 * @param action        a stable upper-case code such as {@code SERVER_STARTED}
 * @param target        what was acted upon, or {@code null}
 * @param detail        free text for people reading the trail, never a secret
 * @param sourceAddress the client's address, or {@code null} for server actions
 * @param requestId     the request id the action ran under, or {@code null}
 */
public record AuditEntry(String actor, String action, String target, String detail, String sourceAddress,
                         String requestId) {

    public static final String SYSTEM_ACTOR = "system";

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }

    /** An action the server took on its own, outside any request. */
    public static AuditEntry bySystem(String action, String detail) {
        return new AuditEntry(SYSTEM_ACTOR, action, null, detail, null, null);
    }
}
