package org.manabi.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.config.ManabiConfig;
import org.manabi.core.config.RuntimeMode;
import org.manabi.core.system.ServerStarted;

/**
 * A production installation needs an administrator before anyone can do anything, and creates no
 * demo accounts. At a production start with no active administrator, the login id in
 * {@code MANABI_ADMIN_LOGIN_ID} is issued with a one-time password that must be changed at first
 * sign-in; without that setting the server refuses to start and says so. The password goes to a
 * file only the server's user may read, never to the log, where every log collector would keep it.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    static final String PASSWORD_FILE = "first-administrator-password.txt";

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
        Path file = config.dataDir().resolve(PASSWORD_FILE).toAbsolutePath();
        writeOwnerOnly(file, issued.account().loginId() + "\n" + issued.oneTimePassword() + "\n");
        LOG.warning(() -> "First administrator '" + issued.account().loginId() + "' created. Its one-time password"
                + " is in " + file + " (readable by this user only); sign in, choose a password, then delete the file.");
    }

    private static void writeOwnerOnly(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the first administrator's password to " + file, e);
        }
    }
}
