package org.manabi.core.identity;

/** Where a revocation request stands. */
public enum RevocationStatus {
    PENDING,
    APPROVED,
    REJECTED
}
