package org.manabi.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

    private static final String PG = "jdbc:postgresql://db.internal:5432/manabi";

    @Test
    void demoModeAcceptsTheDemoDefaults() {
        var settings = new ServerSettings(RuntimeMode.DEMO, "jdbc:h2:file:./data/db/manabi", "manabi",
                ServerSettings.DEMO_DB_PASSWORD, "http://localhost:8080");
        assertTrue(settings.problems().isEmpty());
    }

    @Test
    void productionRefusesTheDemoDatabasePassword() {
        var settings = new ServerSettings(RuntimeMode.PRODUCTION, PG, "manabi", ServerSettings.DEMO_DB_PASSWORD,
                "https://manabi.city.example.jp");
        assertEquals(1, settings.problems().size());
        assertTrue(settings.problems().get(0).contains("MANABI_DB_PASSWORD"));
    }

    @Test
    void productionRefusesAnEmptyPasswordAndAPlainHttpAddress() {
        var settings = new ServerSettings(RuntimeMode.PRODUCTION, PG, "manabi", "", "http://manabi.city.example.jp");
        assertEquals(2, settings.problems().size());
        assertTrue(settings.problems().get(1).contains("MANABI_BASE_URL"));
    }

    @Test
    void productionStartsWithRealCredentialsOverHttps() {
        var settings = new ServerSettings(RuntimeMode.PRODUCTION, PG, "manabi", "s3cret-from-vault",
                "https://manabi.city.example.jp");
        assertTrue(settings.problems().isEmpty());
    }

    @Test
    void theDatabaseSettingsAreReadFromTheEnvironmentWithTheDataSourceDefaults() {
        var defaults = ServerSettings.of(RuntimeMode.PRODUCTION, "https://manabi.city.example.jp", Map.of());
        assertEquals(ServerSettings.DEMO_DB_PASSWORD, defaults.dbPassword(), "unset means the demo password");
        assertEquals(1, defaults.problems().size());
        var real = ServerSettings.of(RuntimeMode.PRODUCTION, "https://manabi.city.example.jp",
                Map.of("MANABI_DB_URL", PG, "MANABI_DB_USER", "manabi", "MANABI_DB_PASSWORD", "s3cret"));
        assertEquals(PG, real.dbUrl());
        assertTrue(real.problems().isEmpty());
    }

    @Test
    void modeParsingIsCaseInsensitiveAndNamesTheVariableOnError() {
        assertEquals(RuntimeMode.PRODUCTION, RuntimeMode.parse(" Production "));
        var error = assertThrows(IllegalArgumentException.class, () -> RuntimeMode.parse("prod"));
        assertTrue(error.getMessage().contains("MANABI_MODE"));
    }

    @Test
    void mailSettingsNeverPrintThePassword() {
        var mail = new MailSettings("smtp.example.jp", 587, "manabi", "hunter2", "no-reply@example.jp", true);
        assertTrue(!mail.toString().contains("hunter2"));
    }
}
