package org.manabi.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The application's data source, looked up by name when first needed. Payara does not inject
 * {@code @Resource} fields of CDI beans that live in a library jar of the WAR (deployment fails with
 * "Lookup failed for java:comp/env/…"), so the beans in this module ask here instead.
 */
@ApplicationScoped
public class ApplicationDataSource {

    private volatile DataSource dataSource;

    public DataSource get() {
        DataSource current = dataSource;
        if (current == null) {
            try {
                current = InitialContext.doLookup(Database.DATA_SOURCE);
            } catch (NamingException e) {
                throw new IllegalStateException("The data source " + Database.DATA_SOURCE + " is not defined", e);
            }
            dataSource = current;
        }
        return current;
    }
}
