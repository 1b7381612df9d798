package org.manabi.web.server;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.manabi.core.system.ServerState;
import org.manabi.web.observability.RequestIdLogHandler;

/**
 * Follows the application's life: installs the request-id log handler at start and, on shutdown,
 * withdraws readiness first, so a load balancer stops routing new requests while Payara lets the
 * ones in flight finish.
 */
@WebListener
public class ApplicationLifecycle implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ApplicationLifecycle.class.getName());

    @Inject
    ServerState state;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        RequestIdLogHandler.install();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        state.markStopping();
        LOG.info("Manabi is stopping: readiness withdrawn");
        RequestIdLogHandler.uninstall();
    }
}
