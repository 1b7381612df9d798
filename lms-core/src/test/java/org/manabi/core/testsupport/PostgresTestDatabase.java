package org.manabi.core.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database on a real server, dropped again on {@link #close()}. The server
 * is the one at {@code MANABI_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres},
 * user {@code MANABI_TEST_PG_USER}, default {@code postgres}); .ci/run starts one when none runs.
 */
public final class PostgresTestDatabase implements AutoCloseable {

    private static final String ADMIN_URL = env("MANABI_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = env("MANABI_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("MANABI_TEST_PG_PASSWORD", "");

    private final String name;
    private final String url;

    private PostgresTestDatabase(String name) {
        this.name = name;
        this.url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    /** Creates the database, or stops the test as {@link ExternalProgram#missing} says. */
    public static PostgresTestDatabase create() {
        String name = "manabi_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            ExternalProgram.missing("PostgreSQL at " + ADMIN_URL, e.getMessage(),
                    "Start a server (.ci/run shows how) or set MANABI_TEST_PG_URL.");
        }
        return new PostgresTestDatabase(name);
    }

    public String url() {
        return url;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    @Override
    public void close() {
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test database " + name, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
