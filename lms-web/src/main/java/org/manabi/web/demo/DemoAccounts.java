package org.manabi.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.config.RuntimeMode;
import org.manabi.core.identity.AccountAdministration;
import org.manabi.core.identity.Role;
import org.manabi.core.system.ServerStarted;

/**
 * Creates one demo account per role at the first start in demo mode, and prints their credentials
 * once. The password is public (it is in the README), which is why production mode refuses to
 * start while any of these accounts still accepts it.
 */
@ApplicationScoped
public class DemoAccounts {

    /** Published in README.md. */
    public static final String PASSWORD = "manabi-demo-2026";

    /** A demo account: its login id, name, roles, and whether it must choose its own password. */
    record Demo(String loginId, String displayName, Set<Role> roles, boolean mustChangePassword) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("demo-admin", "Demo Administrator", EnumSet.of(Role.ADMINISTRATOR), false),
            new Demo("demo-instructor", "Demo Instructor", EnumSet.of(Role.INSTRUCTOR), false),
            new Demo("demo-manager", "Demo Company Manager", EnumSet.of(Role.COMPANY_MANAGER), false),
            new Demo("demo-counsellor", "Demo Counsellor", EnumSet.of(Role.COUNSELLOR), false),
            new Demo("demo-learner", "Demo Learner", EnumSet.of(Role.LEARNER), false),
            new Demo("demo-newcomer", "Demo Newcomer", EnumSet.of(Role.LEARNER), true));

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    @Inject
    AccountAdministration administration;

    void onServerStarted(@Observes ServerStarted started) {
        if (started.mode() == RuntimeMode.PRODUCTION) {
            refuseUsableDemoAccounts();
            return;
        }
        if (administration.exists(ACCOUNTS.get(0).loginId())) {
            return;
        }
        StringBuilder banner = new StringBuilder("Demo accounts created (demo mode only), password '")
                .append(PASSWORD).append("':");
        for (Demo demo : ACCOUNTS) {
            administration.create(demo.loginId(), demo.displayName(), null, PASSWORD, demo.roles(),
                    demo.mustChangePassword(), AuditEntry.SYSTEM_ACTOR);
            banner.append("\n  ").append(demo.loginId()).append("  ").append(demo.roles())
                    .append(demo.mustChangePassword() ? "  (must choose a new password at first sign-in)" : "");
        }
        LOG.info(banner::toString);
    }

    private void refuseUsableDemoAccounts() {
        for (Demo demo : ACCOUNTS) {
            if (administration.acceptsPassword(demo.loginId(), PASSWORD)) {
                throw new IllegalStateException("Refusing to start in production mode: the demo account "
                        + demo.loginId() + " still has the published demo password; change or delete it first");
            }
        }
    }
}
