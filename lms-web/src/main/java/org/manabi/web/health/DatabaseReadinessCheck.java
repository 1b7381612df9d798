package org.manabi.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.manabi.core.system.DatabaseProbe;
import org.manabi.core.system.DatabaseStatus;

/** Ready only when the database answers a validated connection. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    DatabaseProbe probe;

    @Override
    public HealthCheckResponse call() {
        DatabaseStatus status = probe.check();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database").status(status.reachable());
        if (status.reachable()) {
            response.withData("product", status.productName());
        } else {
            response.withData("problem", status.problem());
        }
        return response.build();
    }
}
