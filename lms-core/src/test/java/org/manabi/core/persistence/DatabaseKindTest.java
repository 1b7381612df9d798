package org.manabi.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseKindTest {

    @Test
    void theUrlAloneChoosesTheDatabase() {
        assertEquals(Optional.of(DatabaseKind.H2), DatabaseKind.fromJdbcUrl("jdbc:h2:file:./data/db/manabi"));
        assertEquals(Optional.of(DatabaseKind.POSTGRESQL),
                DatabaseKind.fromJdbcUrl(" JDBC:PostgreSQL://127.0.0.1:5432/manabi"));
        assertEquals(Optional.empty(), DatabaseKind.fromJdbcUrl("jdbc:mysql://localhost/manabi"));
        assertEquals(Optional.empty(), DatabaseKind.fromJdbcUrl(null));
    }

    @Test
    void urlSelectedDataSourceConnectsToTheDatabaseItsUrlNames() throws SQLException {
        UrlSelectedDataSource dataSource = new UrlSelectedDataSource();
        dataSource.setURL("jdbc:h2:mem:kind-test");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("H2", connection.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void anUnsupportedUrlFailsWithAClearMessage() {
        UrlSelectedDataSource dataSource = new UrlSelectedDataSource();
        dataSource.setUrl("jdbc:oracle:thin:@db:1521/x");
        SQLException error = assertThrows(SQLException.class, dataSource::getConnection);
        assertTrue(error.getMessage().contains("jdbc:postgresql:"), error.getMessage());
    }
}
