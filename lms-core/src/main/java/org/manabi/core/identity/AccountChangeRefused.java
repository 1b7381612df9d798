package org.manabi.core.identity;

import java.util.Objects;

/**
 * A lifecycle change that the account's current state, or the rules, do not allow. Thrown inside
 * the change's transaction, so nothing of it is kept.
 */
public class AccountChangeRefused extends RuntimeException {

    /** Why the change was refused. */
    public enum Reason {
        /** The account is revoked or deleted: nothing changes it any more. */
        ACCOUNT_CLOSED,
        /** Administrators do not revoke or delete their own account, so they cannot lock themselves out. */
        OWN_ACCOUNT,
        /** The account already has a revocation request waiting for a decision. */
        ALREADY_PENDING,
        /** The administrator who asked for a revocation cannot also approve it. */
        SAME_PERSON,
        /** The request was approved or rejected already. */
        ALREADY_DECIDED,
        /** The organisation to move to does not exist. */
        NO_SUCH_ORGANISATION,
        /** The department is not one of the target organisation's departments. */
        NO_SUCH_DEPARTMENT,
        /** A company manager must belong to an organisation. */
        MANAGER_NEEDS_ORGANISATION
    }

    private final Reason reason;

    public AccountChangeRefused(Reason reason) {
        super(Objects.requireNonNull(reason).name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
