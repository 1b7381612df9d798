package org.manabi.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.RollbackException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditEvent;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.settings.Setting;
import org.manabi.core.settings.SettingsStore;
import org.manabi.core.testsupport.JpaTestDatabase;

/**
 * The migrations and the JPA mappings against real databases: write, commit, read back through a
 * new persistence context. The same assertions run on the embedded H2 and on a PostgreSQL server.
 */
class PersistenceRoundTripIT {

    /** A time with more than millisecond precision and a non-UTC JVM zone would both show a shift. */
    private static final Instant WHEN = Instant.parse("2026-09-01T00:30:15.123456Z");
    private static final Clock CLOCK = Clock.fixed(WHEN, ZoneOffset.UTC);

    private JpaTestDatabase database;

    @AfterEach
    void removeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void roundTripsOnH2() {
        database = JpaTestDatabase.h2();
        roundTrip();
    }

    @Test
    void roundTripsOnPostgresql() {
        database = JpaTestDatabase.postgres();
        roundTrip();
    }

    private void roundTrip() {
        assertTrue(database.migration().migrationsExecuted() >= 1, "a fresh database gets every migration");
        assertEquals(0, new SchemaMigrator(getClass().getClassLoader()).migrate(database.dataSource())
                .migrationsExecuted(), "a second run changes nothing");

        database.inTransaction(em -> {
            AuditLog log = new AuditLog(em, CLOCK);
            log.record(new AuditEntry("admin01", "ACCOUNT_SUSPENDED", "user:42", "鹿児島 — no login for 2 months",
                    "203.0.113.7", "req-1"));
            log.record(AuditEntry.bySystem("SERVER_STARTED", null));
            return new SettingsStore(em, CLOCK).put("installation.id", "abc");
        });

        List<AuditEvent> events = database.read(em -> new AuditLog(em, CLOCK).newest(10));
        assertEquals(2, events.size());
        AuditEvent suspended = events.stream().filter(e -> e.action().equals("ACCOUNT_SUSPENDED")).findFirst()
                .orElseThrow();
        assertEquals(WHEN, suspended.occurredAt(), "an Instant comes back exactly, in UTC");
        assertEquals("鹿児島 — no login for 2 months", suspended.detail(), "Japanese text survives");
        assertEquals("203.0.113.7", suspended.sourceAddress());
        Setting setting = database.read(em -> new SettingsStore(em, CLOCK).find("installation.id").orElseThrow());
        assertEquals("abc", setting.value());
        assertEquals(WHEN, setting.updatedAt());
    }

    @Test
    void concurrentSettingWritesDoNotSilentlyOverwriteOnPostgresql() {
        database = JpaTestDatabase.postgres();
        database.inTransaction(em -> new SettingsStore(em, CLOCK).put("k", "v1"));

        EntityManager first = database.factory().createEntityManager();
        EntityManager second = database.factory().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            new SettingsStore(first, CLOCK).put("k", "from first");
            new SettingsStore(second, CLOCK).put("k", "from second");
            first.getTransaction().commit();
            assertThrows(RollbackException.class, () -> second.getTransaction().commit(),
                    "the stale writer must fail, not overwrite");
        } finally {
            first.close();
            second.close();
        }
    }
}
