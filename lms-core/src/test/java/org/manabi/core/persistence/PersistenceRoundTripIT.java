package org.manabi.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.RollbackException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.manabi.core.audit.AuditEntry;
import org.manabi.core.audit.AuditEvent;
import org.manabi.core.audit.AuditLog;
import org.manabi.core.settings.Setting;
import org.manabi.core.settings.SettingsStore;
import org.manabi.core.testsupport.PostgresTestDatabase;

/**
 * The migrations and the JPA mappings against real databases: write, commit, read back through a
 * new persistence context. The same assertions run on the embedded H2 and on a PostgreSQL server.
 */
class PersistenceRoundTripIT {

    /** A time with more than millisecond precision and a non-UTC JVM zone would both show a shift. */
    private static final Instant WHEN = Instant.parse("2026-09-01T00:30:15.123456Z");

    private PostgresTestDatabase postgres;
    private EntityManagerFactory factory;
    private Path h2Directory;

    @AfterEach
    void cleanUp() throws IOException {
        if (factory != null) {
            factory.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (h2Directory != null) {
            try (Stream<Path> files = Files.walk(h2Directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void roundTripsOnH2() throws Exception {
        Path base = Files.createDirectories(Path.of(System.getProperty("manabi.it.dir", "target/it")));
        h2Directory = Files.createTempDirectory(base.toAbsolutePath(), "h2-");
        roundTrip(dataSource("jdbc:h2:file:" + h2Directory.resolve("manabi"), "manabi", "manabi"));
    }

    @Test
    void roundTripsOnPostgresql() {
        postgres = PostgresTestDatabase.create();
        roundTrip(dataSource(postgres.url(), postgres.user(), postgres.password()));
    }

    private void roundTrip(UrlSelectedDataSource dataSource) {
        SchemaMigrator migrator = new SchemaMigrator(getClass().getClassLoader());
        SchemaMigrator.Outcome first = migrator.migrate(dataSource);
        assertTrue(first.migrationsExecuted() >= 1, "a fresh database gets every migration");
        assertEquals(0, migrator.migrate(dataSource).migrationsExecuted(), "a second run changes nothing");

        factory = Persistence.createEntityManagerFactory("manabi-test",
                Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
        Clock clock = Clock.fixed(WHEN, ZoneOffset.UTC);

        inTransaction(em -> {
            AuditLog log = new AuditLog(em, clock);
            log.record(new AuditEntry("admin01", "ACCOUNT_SUSPENDED", "user:42", "鹿児島 — no login for 2 months",
                    "203.0.113.7", "req-1"));
            log.record(AuditEntry.bySystem("SERVER_STARTED", null));
            new SettingsStore(em, clock).put("installation.id", "abc");
        });

        EntityManager reader = factory.createEntityManager();
        try {
            List<AuditEvent> events = new AuditLog(reader, clock).newest(10);
            assertEquals(2, events.size());
            AuditEvent suspended = events.stream().filter(e -> e.action().equals("ACCOUNT_SUSPENDED")).findFirst()
                    .orElseThrow();
            assertEquals(WHEN, suspended.occurredAt(), "an Instant comes back exactly, in UTC");
            assertEquals("鹿児島 — no login for 2 months", suspended.detail(), "Japanese text survives");
            assertEquals("203.0.113.7", suspended.sourceAddress());
            Setting setting = new SettingsStore(reader, clock).find("installation.id").orElseThrow();
            assertEquals("abc", setting.value());
            assertEquals(WHEN, setting.updatedAt());
        } finally {
            reader.close();
        }
    }

    @Test
    void concurrentSettingWritesDoNotSilentlyOverwriteOnPostgresql() {
        postgres = PostgresTestDatabase.create();
        UrlSelectedDataSource dataSource = dataSource(postgres.url(), postgres.user(), postgres.password());
        new SchemaMigrator(getClass().getClassLoader()).migrate(dataSource);
        factory = Persistence.createEntityManagerFactory("manabi-test",
                Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
        Clock clock = Clock.fixed(WHEN, ZoneOffset.UTC);
        inTransaction(em -> new SettingsStore(em, clock).put("k", "v1"));

        EntityManager first = factory.createEntityManager();
        EntityManager second = factory.createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            new SettingsStore(first, clock).put("k", "from first");
            new SettingsStore(second, clock).put("k", "from second");
            first.getTransaction().commit();
            assertThrows(RollbackException.class, () -> second.getTransaction().commit(),
                    "the stale writer must fail, not overwrite");
        } finally {
            first.close();
            second.close();
        }
    }

    private void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    private static UrlSelectedDataSource dataSource(String url, String user, String password) {
        UrlSelectedDataSource dataSource = new UrlSelectedDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }
}
