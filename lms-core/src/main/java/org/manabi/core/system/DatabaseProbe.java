package org.manabi.core.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.manabi.core.persistence.ApplicationDataSource;

/** Checks that the database answers, for readiness and for the home page. */
@ApplicationScoped
public class DatabaseProbe {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Inject
    ApplicationDataSource dataSource;

    public DatabaseStatus check() {
        try (Connection connection = dataSource.get().getConnection()) {
            if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return DatabaseStatus.down("connection not valid");
            }
            return DatabaseStatus.up(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException | RuntimeException e) {
            return DatabaseStatus.down(e.getClass().getSimpleName());
        }
    }
}
