package org.manabi.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What an operator relies on: health, metrics, the API description, request ids and headers. */
class OperationsIT extends DeployedServer {

    @Test
    void readinessIsUpWithTheDatabaseAndStartupChecks() {
        HttpResponse<String> response = new Http(base).get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Http.json(response);
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertEquals("H2", database.getJsonObject("data").getString("product"));
        assertTrue(response.body().contains("\"phase\":\"ready\""), response.body());
    }

    @Test
    void livenessIsUp() {
        HttpResponse<String> response = new Http(base).get("/health/live");
        assertEquals(200, response.statusCode());
        assertEquals("UP", Http.json(response).getString("status"));
    }

    @Test
    void metricsAreServedAsOpenMetricsTextWithOurRequestHistogram() {
        Http http = new Http(base);
        http.get("/api/system/status");
        HttpResponse<String> response = http.get("/metrics", "Accept", "text/plain");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("# TYPE"), "text exposition format");
        assertTrue(response.body().contains(
                        "manabi_http_request_duration_milliseconds_count{method=\"GET\",mp_scope=\"application\",status=\"2xx\"}"),
                "our request histogram is exported by method and status class");
    }

    @Test
    void theOpenApiDocumentDescribesOurApi() {
        HttpResponse<String> response = new Http(base).get("/openapi");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("title: Manabi API"), response.body());
        assertTrue(response.body().contains("/api/system/status"));
        assertTrue(response.body().contains("/api/i18n/choice"));
    }

    @Test
    void everyResponseCarriesARequestIdAndAPlainCallerIdIsKept() {
        Http http = new Http(base);
        String generated = http.get("/api/system/status").headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(generated.length() >= 8);
        HttpResponse<String> echoed = http.get("/api/system/status", "X-Request-Id", "proxy-12345678");
        assertEquals("proxy-12345678", echoed.headers().firstValue("X-Request-Id").orElseThrow());
        HttpResponse<String> forged = http.get("/api/system/status", "X-Request-Id", "x");
        assertFalse(forged.headers().firstValue("X-Request-Id").orElseThrow().equals("x"), "too short: replaced");
    }

    @Test
    void securityHeadersForbidEverythingButThisServer() {
        HttpResponse<String> page = new Http(base).get("/");
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(page.body().contains("assets/app.js"), "the UI shell is served at /");
        assertFalse(page.body().contains("http://") || page.body().contains("https://"),
                "the shell loads nothing from another host");
    }

    @Test
    void systemStatusShowsVersionDatabaseAndInstallation() {
        HttpResponse<String> response = new Http(base).get("/api/system/status");
        assertEquals(200, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        JsonObject status = Http.json(response);
        assertTrue(status.getBoolean("ready"));
        assertEquals("H2", status.getString("database"));
        assertEquals("demo", status.getString("mode"));
        assertFalse(status.getString("version").isBlank());
        Instant installedAt = Instant.parse(status.getString("installedAt"));
        assertNotNull(installedAt);
        assertFalse(installedAt.isAfter(Instant.parse(status.getString("serverTime"))));
    }
}
