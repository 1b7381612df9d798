package org.manabi.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings that decide whether a server may start. A plain value so the rules can be tested
 * without a container.
 *
 * @param mode         demo or production
 * @param dbUrl        JDBC URL of the database
 * @param dbUser       database user
 * @param dbPassword   database password
 * @param publicBaseUrl the address learners use, as they type it (used in e-mails and links)
 */
public record ServerSettings(RuntimeMode mode, String dbUrl, String dbUser, String dbPassword, String publicBaseUrl) {

    /** The database password the embedded demo database is created with. */
    public static final String DEMO_DB_PASSWORD = "manabi";
    /** The defaults of the data source definition, which reads these environment variables only. */
    static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/db/manabi";
    static final String DEFAULT_DB_USER = "manabi";

    /**
     * The settings as the data source will see them: {@code MANABI_DB_URL}, {@code MANABI_DB_USER}
     * and {@code MANABI_DB_PASSWORD} from the environment, with the data source's defaults. Reading
     * them anywhere else (a system property, say) could pass this check while the pool connects with
     * the demo password.
     */
    public static ServerSettings of(RuntimeMode mode, String publicBaseUrl, Map<String, String> environment) {
        return new ServerSettings(mode, environment.getOrDefault("MANABI_DB_URL", DEFAULT_DB_URL),
                environment.getOrDefault("MANABI_DB_USER", DEFAULT_DB_USER),
                environment.getOrDefault("MANABI_DB_PASSWORD", DEMO_DB_PASSWORD), publicBaseUrl);
    }

    /**
     * Reasons this configuration must not run. Demo mode accepts everything; production refuses
     * demo credentials and an address that learners would reach without TLS.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (mode != RuntimeMode.PRODUCTION) {
            return problems;
        }
        if (dbPassword == null || dbPassword.isBlank() || DEMO_DB_PASSWORD.equals(dbPassword)) {
            problems.add("MANABI_DB_PASSWORD is empty or the demo password: set a real database password");
        }
        if (dbUser == null || dbUser.isBlank()) {
            problems.add("MANABI_DB_USER is empty: set the database user");
        }
        String base = publicBaseUrl == null ? "" : publicBaseUrl.trim().toLowerCase(Locale.ROOT);
        if (!base.startsWith("https://")) {
            problems.add("MANABI_BASE_URL must be the public https:// address of this server in production");
        }
        return problems;
    }
}
