package org.manabi.web.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessLogEntryTest {

    private static final Instant AT = Instant.parse("2025-04-01T09:30:00.123Z");

    private static AccessLogEntry entry(String path, String userAgent) {
        return new AccessLogEntry(AT, "req-0001-abcd", "GET", path, 200, 12.3456, "192.0.2.7", userAgent);
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void theLineIsAJsonObjectWithTheRequestFields() {
        JsonObject json = parse(entry("/api/system/status", "Mozilla/5.0").toJson());
        assertEquals("access", json.getString("type"));
        assertEquals(AT.toString(), json.getString("at"));
        assertEquals("req-0001-abcd", json.getString("requestId"));
        assertEquals("GET", json.getString("method"));
        assertEquals("/api/system/status", json.getString("path"));
        assertEquals(200, json.getInt("status"));
        assertEquals("192.0.2.7", json.getString("remote"));
        assertEquals("Mozilla/5.0", json.getString("userAgent"));
    }

    @Test
    void theDurationIsRoundedToHundredthsOfAMillisecond() {
        JsonObject json = parse(entry("/", null).toJson());
        assertEquals(12.35, json.getJsonNumber("durationMs").doubleValue(), 1e-9);
    }

    @Test
    void aUserAgentWithQuotesAndNewlinesStaysOnOneLineAndRoundTrips() {
        String hostile = "Evil \"agent\"\n{\"type\":\"access\",\"status\":500}\r\\";
        String line = entry("/", hostile).toJson();
        assertFalse(line.contains("\n"), line);
        assertFalse(line.contains("\r"), line);
        JsonObject json = parse(line);
        assertEquals(hostile, json.getString("userAgent"));
        assertEquals(200, json.getInt("status"));
    }

    @Test
    void aVeryLongPathIsClippedTo300Characters() {
        String path = "/" + "a".repeat(999);
        String logged = parse(entry(path, null).toJson()).getString("path");
        assertEquals(300, logged.length());
        assertTrue(path.startsWith(logged));
    }

    @Test
    void aPathOfExactly300CharactersIsKeptWhole() {
        String path = "/" + "b".repeat(299);
        assertEquals(path, parse(entry(path, null).toJson()).getString("path"));
    }

    @Test
    void aVeryLongUserAgentIsClippedTo300Characters() {
        String logged = parse(entry("/", "x".repeat(5_000)).toJson()).getString("userAgent");
        assertEquals(300, logged.length());
    }

    @Test
    void aMissingUserAgentIsLeftOut() {
        JsonObject json = parse(entry("/", null).toJson());
        assertFalse(json.containsKey("userAgent"), json.toString());
    }

    @Test
    void aMissingRemoteAddressIsLoggedAsEmpty() {
        var entry = new AccessLogEntry(AT, "req-0001-abcd", "POST", "/api", 201, 1.0, null, null);
        assertEquals("", parse(entry.toJson()).getString("remote"));
    }
}
