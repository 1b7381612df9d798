package org.manabi.core.audit;

import java.util.Objects;

/**
 * Who acts, and from where: the signed-in person's account id and login id, the client's address
 * and the request id. Services take one of these for every action they audit, so each entry says
 * who, from where and under which request without every caller repeating it.
 *
 * @param accountId     the acting account, compared by id where the same person must not act twice
 * @param name          the login id, as the audit trail names the actor
 * @param sourceAddress the client's address, or {@code null}
 * @param requestId     the request id, or {@code null}
 */
public record Actor(long accountId, String name, String sourceAddress, String requestId) {

    public Actor {
        Objects.requireNonNull(name, "name");
    }

    /** An entry of the audit trail for an action this actor took. */
    public AuditEntry entry(String action, String target, String detail) {
        return new AuditEntry(name, action, target, detail, sourceAddress, requestId);
    }
}
