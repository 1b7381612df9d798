package org.manabi.core.organisation;

import java.util.Set;
import org.manabi.core.identity.Role;

/**
 * Who is looking, as far as organisations are concerned. Built by the web tier from the signed-in
 * session, and passed to every read, so the rule "a manager sees only their own company" is
 * applied in one place for every route and every id.
 *
 * @param organisationId the viewer's own organisation, or {@code null}
 */
public record Viewer(long accountId, Set<Role> roles, Long organisationId) {

    public boolean mayListAll() {
        return roles.contains(Role.ADMINISTRATOR);
    }

    /** Whether this viewer may see organisation {@code id} and its people. */
    public boolean maySee(long id) {
        return mayListAll() || roles.contains(Role.COMPANY_MANAGER) && organisationId != null && organisationId == id;
    }
}
