package org.manabi.web.account;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.manabi.core.identity.AccountChangeRefused;
import org.manabi.web.problem.Problems;

/**
 * A lifecycle change the rules refuse becomes a problem the client can act on: 400 naming the
 * field for a bad target, 403 for the four-eyes rule, 409 for a change the account's state does
 * not allow. The service threw inside its transaction, so nothing of the change was kept.
 */
@Provider
public class AccountChangeRefusedMapper implements ExceptionMapper<AccountChangeRefused> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(AccountChangeRefused refused) {
        String path = uriInfo.getRequestUri().getRawPath();
        return switch (refused.reason()) {
            case ACCOUNT_CLOSED -> Problems.response(409, "account-closed", "Account closed",
                    "This account is revoked or deleted; it can no longer be changed.", path);
            case OWN_ACCOUNT -> Problems.response(409, "own-account", "Own account",
                    "You cannot revoke or delete your own account. Ask another administrator.", path);
            case ALREADY_PENDING -> Problems.response(409, "revocation-pending", "Revocation already requested",
                    "This account already has a revocation request waiting for approval.", path);
            case SAME_PERSON -> Problems.response(403, "four-eyes", "Approval by another administrator",
                    "You asked for this revocation, so another administrator must approve it.", path);
            case ALREADY_DECIDED -> Problems.response(409, "already-decided", "Already decided",
                    "This request was approved or rejected already.", path);
            case NO_SUCH_ORGANISATION -> Problems.invalid(path, "organisationId", "no such organisation", "Exists");
            case NO_SUCH_DEPARTMENT -> Problems.invalid(path, "department",
                    "not one of the organisation's departments", "Department");
            case MANAGER_NEEDS_ORGANISATION -> Problems.invalid(path, "organisationId",
                    "a company manager belongs to an organisation", "NotNull");
        };
    }
}
