package org.manabi.core.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.persistence.SchemaMigrator;
import org.manabi.core.settings.SettingsStore;

/** Remembers this installation across restarts and records each start in the audit trail. */
@ApplicationScoped
public class Installation {

    static final String ID_KEY = "installation.id";

    @Inject
    SettingsStore settings;

    @Inject
    AuditLog auditLog;

    @Inject
    BuildInfo buildInfo;

    @Transactional
    public InstallationInfo recordStart(SchemaMigrator.Outcome migration) {
        var id = settings.putIfAbsent(ID_KEY, () -> UUID.randomUUID().toString());
        auditLog.record(AuditEntry.bySystem("SERVER_STARTED",
                "version " + buildInfo.version() + ", schema " + migration.toVersion()
                        + ", migrations run " + migration.migrationsExecuted()));
        return new InstallationInfo(id.value(), id.updatedAt());
    }

    public Optional<InstallationInfo> current() {
        return settings.find(ID_KEY).map(s -> new InstallationInfo(s.value(), s.updatedAt()));
    }
}
