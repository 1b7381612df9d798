package org.manabi.web.account;

import java.time.Instant;
import java.util.List;
import org.manabi.core.identity.Account;
import org.manabi.core.identity.Role;

/** An account as administrators see it in lists: no password, no hash. */
public record AccountView(long id, String loginId, String displayName, String email, List<String> roles,
                          String status, Long organisationId, String department, boolean mustChangePassword,
                          Instant createdAt) {

    static AccountView of(Account account) {
        return new AccountView(account.id(), account.loginId(), account.displayName(), account.email(),
                account.roles().stream().map(Role::name).sorted().toList(), account.status().name(),
                account.organisationId(), account.department(), account.mustChangePassword(), account.createdAt());
    }
}
