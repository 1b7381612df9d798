package org.manabi.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.manabi.core.system.ServerState;

/** Ready only after start-up finished and until shutdown begins. */
@Readiness
@ApplicationScoped
public class StartupReadinessCheck implements HealthCheck {

    @Inject
    ServerState state;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("manabi")
                .status(state.isReady())
                .withData("phase", state.phase().name().toLowerCase(Locale.ROOT))
                .build();
    }
}
