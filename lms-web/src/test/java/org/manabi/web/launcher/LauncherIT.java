package org.manabi.web.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manabi.core.testsupport.PostgresTestDatabase;
import org.manabi.web.server.Http;

/**
 * README command 1's runtime, end to end: the launcher starts the real bundle (manabi.jar) as a user
 * would, on PostgreSQL chosen by URL alone, and refuses to start when it must.
 */
class LauncherIT {

    private static final Path BUILD = Path.of(System.getProperty("manabi.build.dir", "target"));

    @TempDir
    Path workingDir;

    private PostgresTestDatabase postgres;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void runsOnPostgresqlChosenByUrlAloneAndKeepsItsDataAcrossRestarts() throws Exception {
        postgres = PostgresTestDatabase.create();
        int port = freePort();
        Map<String, String> env = Map.of("MANABI_HTTP_PORT", String.valueOf(port),
                "MANABI_DB_URL", postgres.url(), "MANABI_DB_USER", postgres.user(),
                "MANABI_DB_PASSWORD", postgres.password());

        Launch first = launch(env);
        first.awaitLine("Manabi is ready", 180);
        Http http = new Http(new URL("http://127.0.0.1:" + port + "/"));
        String health = http.get("/health/ready").body();
        assertTrue(health.contains("\"status\":\"UP\"") && health.contains("\"product\":\"PostgreSQL\""), health);
        JsonObject status = Http.json(http.get("/api/system/status"));
        assertEquals("PostgreSQL", status.getString("database"));
        String installedAt = status.getString("installedAt");
        long migrationsAfterFirstStart = countInDatabase("select count(*) from flyway_schema_history where success");
        assertTrue(migrationsAfterFirstStart >= 2, "every migration ran on the fresh database");
        List<ProcessHandle> server = first.process.descendants().toList();
        assertTrue(!server.isEmpty(), "the server runs as the launcher's child");
        first.stop();
        assertTrue(first.output().contains("Stopping Manabi"), first.output());
        for (ProcessHandle child : server) {
            child.onExit().get(30, TimeUnit.SECONDS);
            assertTrue(!child.isAlive(), "no server is left running after the launcher stops");
        }

        Launch second = launch(env);
        second.awaitLine("Manabi is ready", 180);
        assertEquals(installedAt, Http.json(http.get("/api/system/status")).getString("installedAt"),
                "the installation written at first start is read back after a restart");
        second.stop();

        assertEquals(2, countInDatabase("select count(*) from audit_event where action = 'SERVER_STARTED'"));
        assertEquals(migrationsAfterFirstStart, countInDatabase("select count(*) from flyway_schema_history"),
                "a restart runs no migration again");
    }

    private long countInDatabase(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password());
             Statement statement = connection.createStatement()) {
            return count(statement, sql);
        }
    }

    @Test
    void aPortInUseStopsStartUpWithAClearMessageAndStatus2() throws Exception {
        try (ServerSocket occupied = new ServerSocket(0)) {
            Launch launch = launch(Map.of("MANABI_HTTP_PORT", String.valueOf(occupied.getLocalPort())));
            assertEquals(ManabiLauncher.EXIT_PORT_IN_USE, launch.awaitExit(60));
            assertTrue(launch.output().contains("port " + occupied.getLocalPort() + " is already in use"),
                    launch.output());
        }
    }

    @Test
    void productionModeRefusesTheDemoDatabasePassword() throws Exception {
        Launch launch = launch(Map.of("MANABI_HTTP_PORT", String.valueOf(freePort()), "MANABI_MODE", "production",
                "MANABI_BASE_URL", "https://manabi.example.jp"));
        int status = launch.awaitExit(180);
        assertNotEquals(0, status, launch.output());
        assertTrue(launch.output().contains("Refusing to start in production mode"), launch.output());
        assertTrue(launch.output().contains("MANABI_DB_PASSWORD"), launch.output());
    }

    @Test
    void productionModeDemandsAFirstAdministratorAndCreatesNoDemoData() throws Exception {
        postgres = PostgresTestDatabase.create();
        int port = freePort();
        Map<String, String> production = new java.util.HashMap<>(Map.of("MANABI_HTTP_PORT", String.valueOf(port),
                "MANABI_MODE", "production", "MANABI_BASE_URL", "https://manabi.example.jp",
                "MANABI_DB_URL", postgres.url(), "MANABI_DB_USER", postgres.user(),
                "MANABI_DB_PASSWORD", "a-production-secret"));

        Launch refused = launch(production);
        assertNotEquals(0, refused.awaitExit(180), refused.output());
        assertTrue(refused.output().contains("there is no administrator"), refused.output());
        assertTrue(refused.output().contains("MANABI_ADMIN_LOGIN_ID"), refused.output());

        production.put("MANABI_ADMIN_LOGIN_ID", "city-admin");
        Launch first = launch(production);
        first.awaitLine("Manabi is ready", 180);
        assertTrue(first.output().contains("First administrator 'city-admin' created"), first.output());
        Path passwordFile = workingDir.resolve("data").resolve("first-administrator-password.txt");
        List<String> lines = Files.readAllLines(passwordFile);
        assertEquals("city-admin", lines.get(0));
        assertEquals(java.util.Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(passwordFile));
        java.util.regex.Matcher password = java.util.regex.Pattern.compile("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}")
                .matcher(lines.get(1));
        assertTrue(password.matches(), lines.get(1));
        assertTrue(!first.output().contains(lines.get(1)), "the password never reaches the log");
        Http http = new Http(new URL("http://127.0.0.1:" + port + "/"));
        var signedIn = http.send("POST", "/api/session", "application/json",
                "{\"loginId\":\"city-admin\",\"password\":\"" + password.group() + "\"}");
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        assertTrue(Http.json(signedIn).getBoolean("mustChangePassword"));
        assertEquals("[]", http.get("/api/public/programmes").body(), "production creates no sample data");
        assertEquals(0, countInDatabase("select count(*) from account where login_key like 'demo-%'"));
        first.stop();
    }

    private Launch launch(Map<String, String> env) throws IOException {
        Path launcher = BUILD.resolve("ROOT-launcher.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(launcher), launcher + " is built in 'package'");
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-jar", launcher.toString()).directory(workingDir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("MANABI_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        started.add(process);
        return new Launch(process);
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A running launcher whose output is collected line by line. */
    private static final class Launch {
        private final Process process;
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        private final Thread reader;

        Launch(Process process) {
            this.process = process;
            this.reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("(output ended: " + e.getMessage() + ")");
                }
            });
            reader.start();
        }

        void awaitLine(String text, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                if (output().contains(text)) {
                    return;
                }
                if (!process.isAlive()) {
                    throw new AssertionError("the launcher ended before '" + text + "':\n" + output());
                }
                Thread.sleep(200);
            }
            throw new AssertionError("no '" + text + "' within " + seconds + " s:\n" + output());
        }

        int awaitExit(int seconds) throws InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                throw new AssertionError("the launcher did not exit within " + seconds + " s:\n" + output());
            }
            reader.join(5000);
            return process.exitValue();
        }

        /**
         * Stops as a supervisor would: a termination signal to the launcher, which stops its server.
         * Sent through the process handle, because {@code Process.destroy()} also closes the
         * launcher's output, and what it says while stopping is part of the test.
         */
        int stop() throws InterruptedException {
            process.toHandle().destroy();
            return awaitExit(60);
        }

        String output() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }
    }
}
