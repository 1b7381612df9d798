package org.manabi.web.system;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.manabi.core.config.ManabiConfig;
import org.manabi.core.system.BuildInfo;
import org.manabi.core.system.DatabaseStatus;
import org.manabi.core.system.DatabaseProbe;
import org.manabi.core.system.Installation;
import org.manabi.core.system.InstallationInfo;
import org.manabi.core.system.ServerState;

/** The server's public status, shown on the home page. */
@Path("system/status")
@Produces(MediaType.APPLICATION_JSON)
public class SystemStatusResource {

    @Inject
    BuildInfo buildInfo;

    @Inject
    ManabiConfig config;

    @Inject
    DatabaseProbe databaseProbe;

    @Inject
    ServerState state;

    @Inject
    Installation installation;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Version, mode, database and readiness of this server")
    public SystemStatusView status() {
        DatabaseStatus database = databaseProbe.check();
        boolean ready = state.isReady() && database.reachable();
        return new SystemStatusView(buildInfo.version(), config.mode().code(), database.productName(), ready,
                ready ? installation.current().map(InstallationInfo::installedAt).orElse(null) : null,
                clock.instant());
    }
}
