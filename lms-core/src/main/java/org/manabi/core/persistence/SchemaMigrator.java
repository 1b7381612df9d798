package org.manabi.core.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database's schema up to date with the Flyway migrations under {@code db/migration}.
 * The same scripts run on H2 and PostgreSQL, so they stay within the SQL both understand.
 */
public final class SchemaMigrator {

    /** What a migration run did: the schema version before and after, and how many scripts ran. */
    public record Outcome(String fromVersion, String toVersion, int migrationsExecuted) {
    }

    private final ClassLoader classLoader;

    public SchemaMigrator(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public Outcome migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        return new Outcome(result.initialSchemaVersion, result.targetSchemaVersion, result.migrationsExecuted);
    }
}
