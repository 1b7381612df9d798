package org.manabi.core.identity;

/** Whether an account may sign in. A deleted account keeps its row (for the audit trail), not its personal data. */
public enum AccountStatus {
    ACTIVE,
    SUSPENDED,
    DELETED
}
