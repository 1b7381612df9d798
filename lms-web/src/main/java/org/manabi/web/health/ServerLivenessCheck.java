package org.manabi.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.manabi.core.system.ServerState;

/**
 * Live unless start-up failed: a server whose start failed will never recover by itself and should
 * be restarted; a slow database is a readiness matter, not a reason to kill the process.
 */
@Liveness
@ApplicationScoped
public class ServerLivenessCheck implements HealthCheck {

    @Inject
    ServerState state;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("manabi")
                .status(state.phase() != ServerState.Phase.FAILED)
                .build();
    }
}
