package org.manabi.web.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortCheckTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void aPortIsTakenWhileSomethingListensAndFreeAfterItCloses() throws Exception {
        int port;
        try (ServerSocket listener = new ServerSocket(0)) {
            port = listener.getLocalPort();
            assertFalse(ManabiLauncher.portIsFree(port));
        }
        assertTrue(ManabiLauncher.portIsFree(port));
    }

    @Test
    void aListenerOnLoopbackOnlyAlsoCountsAsTaken() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertFalse(ManabiLauncher.portIsFree(listener.getLocalPort()));
        }
    }

    @Test
    void aMissingBundleEndsWithNotBuiltAndSaysHowToBuild() throws Exception {
        LaunchSettings settings = LaunchSettings.from(Map.of(), dir, dir);

        int status = new ManabiLauncher(settings, out).run();

        assertEquals(ManabiLauncher.EXIT_NOT_BUILT, status);
        String message = output.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("./mvnw -Pserve"), message);
        assertTrue(message.contains(settings.bundle().toString()), message);
        assertFalse(Files.exists(settings.dataDir()), "nothing is prepared for a server that cannot start");
    }

    @Test
    void aTakenPortEndsWithPortInUseAndNamesThePortAndTheVariable() throws Exception {
        Files.writeString(dir.resolve("manabi.jar"), "not really a jar");
        try (ServerSocket listener = new ServerSocket(0)) {
            int port = listener.getLocalPort();
            LaunchSettings settings = LaunchSettings.from(Map.of("MANABI_HTTP_PORT", String.valueOf(port)), dir, dir);

            int status = new ManabiLauncher(settings, out).run();

            assertEquals(ManabiLauncher.EXIT_PORT_IN_USE, status);
            assertEquals(2, status);
            String message = output.toString(StandardCharsets.UTF_8);
            assertTrue(message.contains("port " + port + " "), message);
            assertTrue(message.contains("MANABI_HTTP_PORT=" + (port + 1)), message);
            assertFalse(Files.exists(settings.dataDir()), "the server is not started");
        }
    }
}
