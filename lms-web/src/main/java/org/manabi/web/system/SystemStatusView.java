package org.manabi.web.system;

import java.time.Instant;

/**
 * The server as a visitor may see it. The database is named by product only: versions and
 * addresses are for operators, not for the public page.
 *
 * @param version     Manabi's version
 * @param mode        {@code demo} or {@code production}
 * @param database    {@code H2} or {@code PostgreSQL}, or {@code null} when it does not answer
 * @param ready       whether the server is ready to serve learners
 * @param installedAt when this installation first started
 * @param serverTime  the server's clock now, so a reader can spot a skewed client
 */
public record SystemStatusView(String version, String mode, String database, boolean ready, Instant installedAt,
                               Instant serverTime) {
}
