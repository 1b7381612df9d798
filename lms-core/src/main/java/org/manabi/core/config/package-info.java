/**
 * Server configuration read through MicroProfile Config (environment variables such as
 * {@code MANABI_DB_URL} map to properties such as {@code manabi.db.url}), and the start-up check
 * that keeps a production server from running with demo credentials.
 */
package org.manabi.core.config;
