package org.manabi.core.persistence;

/** Names shared between the module that defines the data source and the code that uses it. */
public final class Database {

    /** JNDI name of the application's only data source. */
    public static final String DATA_SOURCE = "java:app/jdbc/manabi";

    /** Name of the application's only persistence unit. */
    public static final String PERSISTENCE_UNIT = "manabi";

    private Database() {
    }
}
