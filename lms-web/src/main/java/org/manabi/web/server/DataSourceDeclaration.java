package org.manabi.web.server;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.manabi.core.persistence.Database;

/**
 * Declares the one data source. Its class picks H2 or PostgreSQL from the URL, so
 * {@code MANABI_DB_URL} alone switches databases; the pool validates connections so a restarted
 * database server is reconnected to rather than failing every request.
 */
@DataSourceDefinition(
        name = Database.DATA_SOURCE,
        className = "org.manabi.core.persistence.UrlSelectedDataSource",
        url = "${ENV=MANABI_DB_URL:jdbc:h2:file:./data/db/manabi}",
        user = "${ENV=MANABI_DB_USER:manabi}",
        password = "${ENV=MANABI_DB_PASSWORD:manabi}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        loginTimeout = 10,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
public class DataSourceDeclaration {
}
