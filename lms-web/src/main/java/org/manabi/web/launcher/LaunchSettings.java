package org.manabi.web.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the launcher starts, read from the environment (names and defaults as in
 * docs/CONFIGURATION.md). A variable set to an empty value counts as not set. Relative paths are
 * taken from the directory the launcher runs in.
 *
 * @param httpPort  MANABI_HTTP_PORT, default 8080
 * @param dataDir   MANABI_DATA_DIR, default ./data
 * @param bundle    the runnable Payara Micro bundle (manabi.jar beside the launcher)
 * @param javaOptions MANABI_JAVA_OPTS, split on spaces
 * @param environment the environment the server process gets
 */
record LaunchSettings(int httpPort, Path dataDir, Path bundle, List<String> javaOptions,
                      Map<String, String> environment) {

    static final int DEFAULT_PORT = 8080;

    static LaunchSettings from(Map<String, String> env, Path workingDir, Path launcherDir) {
        Map<String, String> serverEnv = new HashMap<>(env);
        serverEnv.values().removeIf(String::isBlank);
        int port = parsePort(serverEnv.getOrDefault("MANABI_HTTP_PORT", String.valueOf(DEFAULT_PORT)));
        Path dataDir = workingDir.resolve(serverEnv.getOrDefault("MANABI_DATA_DIR", "data")).toAbsolutePath()
                .normalize();
        serverEnv.put("MANABI_DATA_DIR", dataDir.toString());
        serverEnv.putIfAbsent("MANABI_DB_URL", "jdbc:h2:file:" + dataDir.resolve("db").resolve("manabi"));
        serverEnv.putIfAbsent("MANABI_BASE_URL", "http://localhost:" + port);
        List<String> javaOptions = new ArrayList<>();
        for (String option : serverEnv.getOrDefault("MANABI_JAVA_OPTS", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                javaOptions.add(option);
            }
        }
        return new LaunchSettings(port, dataDir, launcherDir.resolve("manabi.jar"), javaOptions, serverEnv);
    }

    static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MANABI_HTTP_PORT must be a port number from 1 to 65535, not '"
                    + value + "'", e);
        }
    }

    boolean usesEmbeddedDatabase() {
        return environment.get("MANABI_DB_URL").startsWith("jdbc:h2:");
    }
}
