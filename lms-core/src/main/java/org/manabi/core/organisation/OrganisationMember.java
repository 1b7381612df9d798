package org.manabi.core.organisation;

import java.util.Set;
import org.manabi.core.identity.Role;

/**
 * A person of an organisation, as their manager sees them.
 *
 * @param awaitingFirstSignIn still holds an issued one-time password: the company's credentials sheet covers them
 */
public record OrganisationMember(long accountId, String loginId, String displayName, String department,
                                 Set<Role> roles, boolean active, boolean awaitingFirstSignIn) {
}
