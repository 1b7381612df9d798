package org.manabi.web.server;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.container.spi.event.container.AfterUnDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Waits, after each test class, until its Payara Micro has really exited. The Arquillian container
 * only sends the process a SIGTERM, so the next class's server could start on the fork's H2 file
 * while the last one was still shutting down (and still writing, when the library was being
 * installed in the background): that corrupted the file once and failed every later class in the
 * fork.
 */
public class AwaitServerExit implements LoadableExtension {

    private static final long GRACE_SECONDS = 120;

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Waiter.class);
    }

    /** The observer Arquillian calls; one per test run. */
    public static class Waiter {

        public void afterUndeploy(@Observes AfterUnDeploy event) throws InterruptedException {
            List<ProcessHandle> servers = ProcessHandle.current().children()
                    .filter(p -> p.info().commandLine().map(c -> c.contains("payara")).orElse(false))
                    .toList();
            if (servers.isEmpty()) {
                System.out.println("No Payara Micro child process to wait for (already gone, or its command line"
                        + " is not visible)");
            }
            for (ProcessHandle server : servers) {
                long started = System.nanoTime();
                try {
                    server.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
                    System.out.printf("Payara Micro %d exited %d ms after the test class%n", server.pid(),
                            (System.nanoTime() - started) / 1_000_000);
                } catch (TimeoutException e) {
                    System.out.printf("Payara Micro %d still running %d s after the test class: killed%n",
                            server.pid(), GRACE_SECONDS);
                    server.destroyForcibly();
                    server.onExit().join();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("could not wait for the server to exit", e);
                }
            }
        }
    }
}
