package org.manabi.core.audit;

import java.time.Instant;

/**
 * Which audit entries to find. Every filter is optional ({@code null} means any).
 *
 * @param actor  exactly this actor (login id, or {@code system})
 * @param action exactly this action code, e.g. {@code ACCOUNT_SUSPENDED}
 * @param target exactly this target, e.g. {@code account:42}
 * @param from   at or after this instant
 * @param to     before this instant
 * @param text   part of the actor, target or detail, case-insensitive
 */
public record AuditQuery(String actor, String action, String target, Instant from, Instant to, String text) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);
}
