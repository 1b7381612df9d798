package org.manabi.core.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.manabi.core.persistence.SchemaMigrator;
import org.manabi.core.persistence.UrlSelectedDataSource;

/**
 * A real, freshly migrated database with the production JPA mappings (the {@code manabi-test}
 * unit, with caller-managed transactions), made for one test and removed on {@link #close()}.
 */
public final class JpaTestDatabase implements AutoCloseable {

    private final UrlSelectedDataSource dataSource;
    private final SchemaMigrator.Outcome migration;
    private final EntityManagerFactory factory;
    private final Runnable removal;

    /** The unit with every entity of lms-core; other modules' tests name a unit that adds theirs. */
    public static final String CORE_UNIT = "manabi-test";

    private JpaTestDatabase(String unit, String url, String user, String password, Runnable removal) {
        this.removal = removal;
        this.dataSource = new UrlSelectedDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        this.migration = new SchemaMigrator(JpaTestDatabase.class.getClassLoader()).migrate(dataSource);
        this.factory = Persistence.createEntityManagerFactory(unit,
                Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
    }

    /**
     * For a parameterised test that runs the same steps on both databases: arguments (name, a
     * supplier of a fresh database with persistence unit {@code unit}).
     */
    public static Stream<Arguments> h2AndPostgres(String unit) {
        Supplier<JpaTestDatabase> h2 = () -> h2(unit);
        Supplier<JpaTestDatabase> postgres = () -> postgres(unit);
        return Stream.of(Arguments.of("H2", h2), Arguments.of("PostgreSQL", postgres));
    }

    /** On the PostgreSQL server of {@link PostgresTestDatabase}, or the test stops as that class says. */
    public static JpaTestDatabase postgres() {
        return postgres(CORE_UNIT);
    }

    /** As {@link #postgres()}, with the persistence unit {@code unit}. */
    public static JpaTestDatabase postgres(String unit) {
        PostgresTestDatabase postgres = PostgresTestDatabase.create();
        return new JpaTestDatabase(unit, postgres.url(), postgres.user(), postgres.password(), postgres::close);
    }

    /** An embedded H2 database in files under the build's integration-test folder. */
    public static JpaTestDatabase h2() {
        return h2(CORE_UNIT);
    }

    /** As {@link #h2()}, with the persistence unit {@code unit}. */
    public static JpaTestDatabase h2(String unit) {
        try {
            Path base = Files.createDirectories(Path.of(System.getProperty("manabi.it.dir", "target/it")));
            Path directory = Files.createTempDirectory(base.toAbsolutePath(), "h2-");
            return new JpaTestDatabase(unit, "jdbc:h2:file:" + directory.resolve("manabi"), "manabi", "manabi",
                    () -> deleteRecursively(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public UrlSelectedDataSource dataSource() {
        return dataSource;
    }

    /** What the migration that made this database did. */
    public SchemaMigrator.Outcome migration() {
        return migration;
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    /** Runs {@code work} in a transaction of its own and commits it; rolls back if it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Reads through a new persistence context, so nothing comes from the one that wrote it. */
    public <T> T read(Function<EntityManager, T> query) {
        EntityManager em = factory.createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
        removal.run();
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
