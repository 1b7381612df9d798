package org.manabi.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.config.ManabiConfig;
import org.manabi.core.config.RuntimeMode;
import org.manabi.core.system.ServerStarted;

/**
 * A production installation needs an administrator before anyone can do anything, and creates no
 * demo accounts. At a production start with no active administrator, the login id in
 * {@code MANABI_ADMIN_LOGIN_ID} is issued with a one-time password, written once to the log, that
 * must be changed at first sign-in; without that setting the server refuses to start and says so.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    AccountAdministration administration;

    @Inject
    ManabiConfig config;

    @Transactional
    void ensure(@Observes ServerStarted started) {
        if (started.mode() != RuntimeMode.PRODUCTION
                || !accounts.search(null, Role.ADMINISTRATOR, AccountStatus.ACTIVE, null, 1).isEmpty()) {
            return;
        }
        String loginId = config.firstAdministrator().orElseThrow(() -> new IllegalStateException(
                "Refusing to start in production mode: there is no administrator. Set MANABI_ADMIN_LOGIN_ID"
                        + " (and MANABI_ADMIN_EMAIL) to create the first one at this start."));
        AccountAdministration.Issued issued = administration.issue(loginId, "Administrator",
                config.firstAdministratorEmail().orElse(null), EnumSet.of(Role.ADMINISTRATOR), null, null,
                AuditEntry.SYSTEM_ACTOR);
        LOG.warning(() -> "First administrator '" + issued.account().loginId() + "' created. One-time password (shown"
                + " only now; it must be changed at first sign-in): " + issued.oneTimePassword());
    }
}
