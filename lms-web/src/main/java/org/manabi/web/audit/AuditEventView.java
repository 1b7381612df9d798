package org.manabi.web.audit;

import java.time.Instant;
import org.manabi.core.audit.AuditEvent;

/** One audit entry as the API shows it. */
public record AuditEventView(long id, Instant occurredAt, String actor, String action, String target, String detail,
                             String sourceAddress, String requestId) {

    public static AuditEventView of(AuditEvent event) {
        return new AuditEventView(event.id(), event.occurredAt(), event.actor(), event.action(), event.target(),
                event.detail(), event.sourceAddress(), event.requestId());
    }
}
