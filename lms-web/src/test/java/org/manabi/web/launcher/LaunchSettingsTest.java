package org.manabi.web.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LaunchSettingsTest {

    private static final String POSTGRES = "jdbc:postgresql://db.internal:5432/manabi";

    @TempDir
    Path workingDir;

    @TempDir
    Path launcherDir;

    @Test
    void theDefaultsServePort8080FromTheDataDirectoryWithEmbeddedH2() {
        LaunchSettings settings = LaunchSettings.from(Map.of(), workingDir, launcherDir);

        Path dataDir = workingDir.resolve("data");
        assertEquals(8080, settings.httpPort());
        assertEquals(dataDir, settings.dataDir());
        assertEquals(launcherDir.resolve("manabi.jar"), settings.bundle());
        assertEquals(List.of(), settings.javaOptions());
        assertEquals(dataDir.toString(), settings.environment().get("MANABI_DATA_DIR"));
        assertEquals("jdbc:h2:file:" + dataDir.resolve("db").resolve("manabi"),
                settings.environment().get("MANABI_DB_URL"));
        assertEquals("http://localhost:8080", settings.environment().get("MANABI_BASE_URL"));
        assertTrue(settings.usesEmbeddedDatabase());
    }

    @Test
    void anExplicitDatabaseUrlIsKeptAndIsNotEmbedded() {
        LaunchSettings settings = LaunchSettings.from(Map.of("MANABI_DB_URL", POSTGRES), workingDir, launcherDir);

        assertEquals(POSTGRES, settings.environment().get("MANABI_DB_URL"));
        assertFalse(settings.usesEmbeddedDatabase());
    }

    @Test
    void anExplicitBaseUrlIsKept() {
        LaunchSettings settings = LaunchSettings.from(
                Map.of("MANABI_BASE_URL", "https://manabi.city.example.jp"), workingDir, launcherDir);
        assertEquals("https://manabi.city.example.jp", settings.environment().get("MANABI_BASE_URL"));
    }

    @Test
    void theDefaultBaseUrlFollowsTheChosenPort() {
        LaunchSettings settings = LaunchSettings.from(Map.of("MANABI_HTTP_PORT", " 9090 "), workingDir, launcherDir);
        assertEquals(9090, settings.httpPort());
        assertEquals("http://localhost:9090", settings.environment().get("MANABI_BASE_URL"));
    }

    @Test
    void aRelativeDataDirectoryIsTakenFromTheWorkingDirectory() {
        LaunchSettings settings = LaunchSettings.from(Map.of("MANABI_DATA_DIR", "var/../store/manabi"),
                workingDir, launcherDir);

        Path expected = workingDir.resolve("store").resolve("manabi");
        assertEquals(expected, settings.dataDir());
        assertEquals(expected.toString(), settings.environment().get("MANABI_DATA_DIR"));
        assertEquals("jdbc:h2:file:" + expected.resolve("db").resolve("manabi"),
                settings.environment().get("MANABI_DB_URL"));
    }

    @Test
    void anAbsoluteDataDirectoryIsUsedAsGiven(@TempDir Path elsewhere) {
        LaunchSettings settings = LaunchSettings.from(Map.of("MANABI_DATA_DIR", elsewhere.toString()),
                workingDir, launcherDir);

        assertEquals(elsewhere, settings.dataDir());
        assertEquals(elsewhere.toString(), settings.environment().get("MANABI_DATA_DIR"));
    }

    @Test
    void javaOptionsAreSplitOnWhitespace() {
        LaunchSettings settings = LaunchSettings.from(
                Map.of("MANABI_JAVA_OPTS", "  -Xmx512m\t-Duser.timezone=Asia/Tokyo \n -XX:+UseG1GC  "),
                workingDir, launcherDir);
        assertEquals(List.of("-Xmx512m", "-Duser.timezone=Asia/Tokyo", "-XX:+UseG1GC"), settings.javaOptions());
    }

    @Test
    void blankJavaOptionsGiveNoOptions() {
        LaunchSettings settings = LaunchSettings.from(Map.of("MANABI_JAVA_OPTS", "   "), workingDir, launcherDir);
        assertEquals(List.of(), settings.javaOptions());
    }

    @Test
    void blankVariablesCountAsUnset() {
        LaunchSettings settings = LaunchSettings.from(Map.of("MANABI_HTTP_PORT", "  ", "MANABI_DATA_DIR", "",
                "MANABI_DB_URL", ""), workingDir, launcherDir);
        assertEquals(LaunchSettings.DEFAULT_PORT, settings.httpPort());
        assertEquals(workingDir.resolve("data").toAbsolutePath().normalize(), settings.dataDir());
        assertTrue(settings.usesEmbeddedDatabase(), "an empty MANABI_DB_URL means the embedded database");
    }

    @Test
    void otherEnvironmentVariablesReachTheServerUnchanged() {
        LaunchSettings settings = LaunchSettings.from(Map.of("MANABI_MODE", "production", "TZ", "Asia/Tokyo"),
                workingDir, launcherDir);
        assertEquals("production", settings.environment().get("MANABI_MODE"));
        assertEquals("Asia/Tokyo", settings.environment().get("TZ"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"0", "70000", "65536", "-1", "abc", "80 80"})
    void aBadPortIsRefusedNamingTheVariable(String port) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LaunchSettings.from(Map.of("MANABI_HTTP_PORT", port), workingDir, launcherDir));
        assertTrue(error.getMessage().contains("MANABI_HTTP_PORT"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 65535})
    void thePortRangeEndsAreAccepted(int port) {
        assertEquals(port, LaunchSettings.parsePort(String.valueOf(port)));
    }
}
