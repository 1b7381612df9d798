/**
 * Persistence plumbing shared by every feature: the one data source (H2 or PostgreSQL, chosen by
 * its JDBC URL alone), Flyway migrations that own the schema and run before anything touches the
 * database, and the converters that keep time in UTC.
 */
package org.manabi.core.persistence;
