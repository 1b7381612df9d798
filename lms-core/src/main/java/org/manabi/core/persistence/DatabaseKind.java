package org.manabi.core.persistence;

import java.util.Locale;
import java.util.Optional;

/**
 * The databases Manabi runs on. The kind follows from the JDBC URL alone, so switching from the
 * embedded H2 to PostgreSQL is a configuration change, never a code change.
 */
public enum DatabaseKind {
    H2("jdbc:h2:", "org.h2.jdbcx.JdbcDataSource", "H2"),
    POSTGRESQL("jdbc:postgresql:", "org.postgresql.ds.PGSimpleDataSource", "PostgreSQL");

    private final String urlPrefix;
    private final String dataSourceClassName;
    private final String displayName;

    DatabaseKind(String urlPrefix, String dataSourceClassName, String displayName) {
        this.urlPrefix = urlPrefix;
        this.dataSourceClassName = dataSourceClassName;
        this.displayName = displayName;
    }

    public static Optional<DatabaseKind> fromJdbcUrl(String jdbcUrl) {
        if (jdbcUrl == null) {
            return Optional.empty();
        }
        String lower = jdbcUrl.trim().toLowerCase(Locale.ROOT);
        for (DatabaseKind kind : values()) {
            if (lower.startsWith(kind.urlPrefix)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public String dataSourceClassName() {
        return dataSourceClassName;
    }

    public String displayName() {
        return displayName;
    }
}
