package org.manabi.core.system;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.manabi.core.config.ManabiConfig;
import org.manabi.core.persistence.ApplicationDataSource;
import org.manabi.core.persistence.SchemaMigrator;

/**
 * Runs before any other start-up code: refuses an unsafe production configuration, migrates the
 * schema, records the start, lets features prepare ({@link ServerStarted}), and only then declares
 * the server ready.
 *
 * <p>A failed deployment leaves Payara Micro running but useless (its health answers 404 for ever),
 * so by default a failure here ends the process with a non-zero status that a supervisor sees.
 */
@ApplicationScoped
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());
    static final int EXIT_STATUS_ON_FAILURE = 3;

    @Inject
    ApplicationDataSource dataSource;

    @Inject
    ManabiConfig config;

    @Inject
    Installation installation;

    @Inject
    ServerState state;

    @Inject
    BuildInfo buildInfo;

    @Inject
    Event<ServerStarted> serverStarted;

    @Inject
    @ConfigProperty(name = "manabi.startup.exit-on-failure", defaultValue = "true")
    boolean exitOnFailure;

    void onApplicationStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE)
                            @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            List<String> problems = config.serverSettings().problems();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Refusing to start in production mode: " + String.join("; ", problems));
            }
            SchemaMigrator.Outcome outcome = new SchemaMigrator(Thread.currentThread().getContextClassLoader())
                    .migrate(dataSource.get());
            InstallationInfo info = installation.recordStart(outcome);
            serverStarted.fire(new ServerStarted(config.mode(), info));
            state.markReady();
            LOG.info(() -> "Manabi " + buildInfo.version() + " started in " + config.mode().code()
                    + " mode; schema version " + outcome.toVersion() + " (" + outcome.migrationsExecuted()
                    + " migrations run); installation " + info.id());
        } catch (RuntimeException e) {
            String reason = rootMessage(e);
            state.markFailed(reason);
            LOG.log(Level.SEVERE, "Manabi could not start: " + reason, e);
            if (exitOnFailure) {
                exitSoon();
            }
            throw e;
        }
    }

    /** The innermost message: an observer's failure arrives wrapped, often in exceptions with none. */
    static String rootMessage(Throwable thrown) {
        String message = thrown.toString();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }

    /**
     * Exits from a thread of its own so the deployment thread, which holds server locks, is not the
     * one waiting for shutdown hooks.
     */
    private static void exitSoon() {
        Thread exit = new Thread(() -> System.exit(EXIT_STATUS_ON_FAILURE), "manabi-startup-failure-exit");
        exit.setDaemon(false);
        exit.start();
    }
}
