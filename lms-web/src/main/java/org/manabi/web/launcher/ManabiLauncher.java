package org.manabi.web.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts Manabi: checks the port is free, prepares the data directory, runs the Payara Micro bundle
 * as a child process, says when the server is ready, and stops it cleanly on Ctrl-C.
 *
 * <p>Payara Micro itself logs a {@code BindException} and exits 0 when its port is taken, which a
 * script or supervisor would read as success. The launcher checks first and also watches the
 * server's output, so a taken port always ends with {@link #EXIT_PORT_IN_USE}. Likewise a failed
 * deployment, after which Payara would go on running with nothing deployed, stops the server.
 */
public final class ManabiLauncher {

    /** Exit statuses; 3 is left to the server, which exits with it when its start-up fails. */
    static final int EXIT_PORT_IN_USE = 2;
    static final int EXIT_NOT_BUILT = 4;
    static final int EXIT_DEPLOYMENT_FAILED = 5;
    static final int EXIT_BAD_SETTINGS = 6;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final LaunchSettings settings;
    private final PrintStream out;
    private final AtomicBoolean bindFailed = new AtomicBoolean();
    private final AtomicBoolean deploymentFailed = new AtomicBoolean();

    ManabiLauncher(LaunchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path launcherDir = Path.of(ManabiLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
        LaunchSettings settings;
        try {
            settings = LaunchSettings.from(System.getenv(), Path.of("").toAbsolutePath(), launcherDir);
        } catch (IllegalArgumentException e) {
            System.err.println("Manabi cannot start: " + e.getMessage());
            System.exit(EXIT_BAD_SETTINGS);
            return;
        }
        System.exit(new ManabiLauncher(settings, System.out).run());
    }

    int run() throws IOException, InterruptedException {
        if (!Files.isRegularFile(settings.bundle())) {
            out.println("Manabi cannot start: " + settings.bundle() + " is missing. Build it first: ./mvnw -Pserve");
            return EXIT_NOT_BUILT;
        }
        if (!portIsFree(settings.httpPort())) {
            out.println(portInUseMessage());
            return EXIT_PORT_IN_USE;
        }
        Path tmp = Files.createDirectories(settings.dataDir().resolve("tmp"));
        Files.createDirectories(settings.dataDir().resolve("db"));

        Process server = start(tmp);
        Thread output = new Thread(() -> copyOutput(server), "manabi-launcher-output");
        output.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, output), "manabi-launcher-stop"));
        Thread readiness = new Thread(() -> announceWhenReady(server), "manabi-launcher-ready");
        readiness.setDaemon(true);
        readiness.start();

        int status = server.waitFor();
        output.join(TimeUnit.SECONDS.toMillis(5));
        if (bindFailed.get()) {
            out.println(portInUseMessage());
            return EXIT_PORT_IN_USE;
        }
        return deploymentFailed.get() ? EXIT_DEPLOYMENT_FAILED : status;
    }

    private Process start(Path tmp) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-Djava.io.tmpdir=" + tmp);
        command.addAll(settings.javaOptions());
        command.addAll(List.of("-jar", settings.bundle().toString(),
                "--port", String.valueOf(settings.httpPort()),
                "--nohazelcast"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(settings.environment());
        out.println("Starting Manabi on port " + settings.httpPort() + " with "
                + (settings.usesEmbeddedDatabase() ? "the embedded H2 database in " + settings.dataDir().resolve("db")
                : "the database at MANABI_DB_URL") + " …");
        return builder.start();
    }

    private void copyOutput(Process server) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.contains("java.net.BindException") || line.contains("Address already in use")) {
                    bindFailed.set(true);
                }
                out.println(line);
                if (line.contains("Exception while loading the app") && deploymentFailed.compareAndSet(false, true)) {
                    out.println("Manabi could not start: the application failed to deploy (see the errors above).");
                    server.toHandle().destroy();
                }
            }
        } catch (IOException e) {
            out.println("(server output ended: " + e.getMessage() + ")");
        }
    }

    private void announceWhenReady(Process server) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready;
        try {
            ready = new URI("http", null, "127.0.0.1", settings.httpPort(), "/health/ready", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (server.isAlive() && System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    out.println();
                    out.println("  Manabi is ready: http://localhost:" + settings.httpPort() + "/");
                    out.println("  Data: " + settings.dataDir() + "   Stop: Ctrl-C");
                    out.println();
                    return;
                }
            } catch (IOException e) {
                // Not listening yet: keep polling until the deadline.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleepQuietly(Duration.ofMillis(500));
        }
    }

    /**
     * Asks the server to stop and waits for it, so its shutdown messages still reach the console.
     * The signal goes through the process handle: {@code Process.destroy()} would also close the
     * server's output before it has said anything.
     */
    private void stop(Process server, Thread output) {
        if (!server.isAlive()) {
            return;
        }
        out.println("Stopping Manabi …");
        server.toHandle().destroy();
        try {
            if (!server.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                out.println("Manabi did not stop within " + STOP_GRACE.toSeconds() + " s; forcing it.");
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            output.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * True when nothing listens on the port. The bind uses {@code SO_REUSEADDR} as the server will,
     * so connections of a just-stopped server lingering in TIME_WAIT do not count as "in use"; a
     * successful connection to loopback catches a listener bound to loopback only.
     */
    static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private String portInUseMessage() {
        return "Manabi cannot start: port " + settings.httpPort() + " is already in use. Stop the program that "
                + "uses it, or choose another port, e.g. MANABI_HTTP_PORT="
                + (settings.httpPort() < 65535 ? settings.httpPort() + 1 : settings.httpPort() - 1) + ".";
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
