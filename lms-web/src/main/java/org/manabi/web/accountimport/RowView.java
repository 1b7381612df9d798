package org.manabi.web.accountimport;

import java.util.List;
import org.manabi.core.accountimport.ImportRow;
import org.manabi.core.identity.Role;

/** One row of the file as the account it would become, with its problems (none when it can be imported). */
public record RowView(int line, String loginId, String displayName, String email, List<String> roles,
                      String department, String organisation, List<RowErrorView> errors) {

    static RowView of(ImportRow row) {
        return new RowView(row.line(), row.loginId(), row.displayName(), row.email(),
                row.roles().stream().map(Role::name).sorted().toList(), row.department(),
                row.organisation() == null ? null : row.organisation().name(),
                row.errors().stream().map(RowErrorView::of).toList());
    }
}
