package org.manabi.core.identity;

/**
 * Whether an account may sign in. Only an active one may. A suspended account can be resumed; a
 * revoked one (closed after a second administrator approved) cannot. A deleted account keeps its
 * row (for the audit trail), not its personal data.
 */
public enum AccountStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED,
    DELETED
}
