package org.manabi.core.system;

/**
 * The database as seen from the server just now.
 *
 * @param reachable   whether a connection could be made and validated
 * @param productName the product, e.g. {@code PostgreSQL} or {@code H2}, or {@code null} when unreachable
 * @param problem     a short reason when unreachable (an exception type, never a connection string)
 */
public record DatabaseStatus(boolean reachable, String productName, String problem) {

    static DatabaseStatus up(String productName) {
        return new DatabaseStatus(true, productName, null);
    }

    static DatabaseStatus down(String problem) {
        return new DatabaseStatus(false, null, problem);
    }
}
