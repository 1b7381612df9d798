package org.manabi.core.accountimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.manabi.core.identity.Role;

/**
 * One row of the file read as an account, with everything wrong with it. Values are as they will
 * be stored (stripped, NFKC-normalised where that is the rule), or as written when they are wrong.
 *
 * @param organisation the organisation the person joins, or {@code null}
 */
public record ImportRow(int line, String loginId, String displayName, String email, Set<Role> roles,
                        String department, OrganisationRef organisation, List<RowError> errors) {

    public ImportRow {
        roles = Set.copyOf(roles);
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    ImportRow withError(RowError error) {
        List<RowError> more = new ArrayList<>(errors);
        more.add(error);
        return new ImportRow(line, loginId, displayName, email, roles, department, organisation, more);
    }

    /** The organisation's id, or {@code null}. */
    public Long organisationId() {
        return organisation == null ? null : organisation.id();
    }
}
