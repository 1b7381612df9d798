package org.manabi.core.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every setting the server reads, with its default. docs/CONFIGURATION.md lists the same names;
 * each can be given as an environment variable ({@code manabi.base.url} → {@code MANABI_BASE_URL}).
 * The database settings are not here: the data source reads them from the environment only, and
 * {@link #serverSettings()} checks them there.
 */
@ApplicationScoped
public class ManabiConfig {

    @Inject
    @ConfigProperty(name = "manabi.mode", defaultValue = "demo")
    String mode;

    @Inject
    @ConfigProperty(name = "manabi.trusted.proxies")
    Optional<String> trustedProxies;

    @Inject
    @ConfigProperty(name = "manabi.admin.login-id")
    Optional<String> firstAdministrator;

    @Inject
    @ConfigProperty(name = "manabi.admin.email")
    Optional<String> firstAdministratorEmail;

    @Inject
    @ConfigProperty(name = "manabi.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "manabi.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "manabi.mail.host", defaultValue = "localhost")
    String mailHost;

    @Inject
    @ConfigProperty(name = "manabi.mail.port", defaultValue = "25")
    int mailPort;

    @Inject
    @ConfigProperty(name = "manabi.mail.user")
    Optional<String> mailUser;

    @Inject
    @ConfigProperty(name = "manabi.mail.password")
    Optional<String> mailPassword;

    @Inject
    @ConfigProperty(name = "manabi.mail.from", defaultValue = "Manabi <no-reply@localhost>")
    String mailFrom;

    @Inject
    @ConfigProperty(name = "manabi.mail.starttls", defaultValue = "false")
    boolean mailStartTls;

    /** Reverse proxies whose X-Forwarded-For is believed: exact addresses, comma-separated. */
    public Set<String> trustedProxies() {
        return trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::strip)
                .filter(address -> !address.isEmpty()).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    /** The login id for the first administrator of a production installation, when none exists yet. */
    public Optional<String> firstAdministrator() {
        return firstAdministrator.map(String::strip).filter(id -> !id.isEmpty());
    }

    public Optional<String> firstAdministratorEmail() {
        return firstAdministratorEmail.map(String::strip).filter(email -> !email.isEmpty());
    }

    public RuntimeMode mode() {
        return RuntimeMode.parse(mode);
    }

    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    public String publicBaseUrl() {
        return baseUrl;
    }

    public MailSettings mail() {
        return new MailSettings(mailHost, mailPort, mailUser.orElse(null), mailPassword.orElse(null),
                mailFrom, mailStartTls);
    }

    /** The settings that decide whether the server may start; see {@link ServerSettings#problems()}. */
    public ServerSettings serverSettings() {
        return ServerSettings.of(mode(), baseUrl, System.getenv());
    }
}
