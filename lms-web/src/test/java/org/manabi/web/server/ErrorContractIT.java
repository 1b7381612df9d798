package org.manabi.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Every API error is application/problem+json with a stable type, and never shows server internals. */
class ErrorContractIT extends DeployedServer {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void unknownRouteIs404Problem() {
        JsonObject problem = problem(new Http(base).get("/api/no/such/route"), 404, "not-found");
        assertEquals("/api/no/such/route", problem.getString("instance"));
    }

    @Test
    void wrongMethodIs405ProblemListingTheAllowedOnes() {
        HttpResponse<String> response = new Http(base).send("DELETE", "/api/system/status", null, null);
        JsonObject problem = problem(response, 405, "method-not-allowed");
        assertTrue(problem.getString("detail").contains("GET"), problem.toString());
        assertTrue(response.headers().firstValue("Allow").orElseThrow().contains("GET"));
    }

    @Test
    void wrongMediaTypeIs415Problem() {
        HttpResponse<String> response = new Http(base).send("PUT", "/api/i18n/choice", "text/plain", "ja");
        JsonObject problem = problem(response, 415, "unsupported-media-type");
        assertTrue(problem.getString("detail").contains("application/json"));
    }

    @Test
    void malformedJsonIs400ProblemWithAClearMessage() {
        HttpResponse<String> response = new Http(base).send("PUT", "/api/i18n/choice", "application/json",
                "{\"language\": ");
        JsonObject problem = problem(response, 400, "malformed-json");
        assertTrue(problem.getString("detail").contains("not valid JSON"));
    }

    @Test
    void jsonOfTheWrongShapeIs400Problem() {
        problem(new Http(base).send("PUT", "/api/i18n/choice", "application/json", "[1, 2]"), 400, "malformed-json");
    }

    @Test
    void missingBodyIs400Problem() {
        problem(new Http(base).send("PUT", "/api/i18n/choice", "application/json", null), 400, "missing-body");
    }

    @Test
    void validationFailureNamesTheFieldAndTheReason() {
        HttpResponse<String> response = new Http(base).send("PUT", "/api/i18n/choice", "application/json",
                "{\"language\": \"fr\"}");
        JsonObject problem = problem(response, 400, "validation");
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals("language", error.getString("field"));
        assertEquals("Pattern", error.getString("code"));
        assertTrue(error.getString("reason").contains("ja, en, vi, id, tl, my"), error.toString());
    }

    @Test
    void blankFieldIsReportedAsMissing() {
        HttpResponse<String> response = new Http(base).send("PUT", "/api/i18n/choice", "application/json", "{}");
        JsonObject problem = problem(response, 400, "validation");
        assertEquals("language", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("NotBlank", problem.getJsonArray("errors").getJsonObject(0).getString("code"));
    }

    @Test
    void theProblemCarriesTheSameRequestIdAsTheResponseHeader() {
        HttpResponse<String> response = new Http(base).get("/api/missing");
        JsonObject problem = problem(response, 404, "not-found");
        assertEquals(response.headers().firstValue("X-Request-Id").orElseThrow(), problem.getString("requestId"));
    }

    @Test
    void anUnknownPageOutsideTheApiGetsOurOwnNotFoundPage() {
        HttpResponse<String> response = new Http(base).get("/no-such-page");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("ページが見つかりません"), response.body());
        assertFalse(response.body().contains("Payara"), "no server banner page");
    }

    private static JsonObject problem(HttpResponse<String> response, int status, String slug) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM),
                "content type: " + response.headers().firstValue("Content-Type"));
        String body = response.body();
        for (String leak : new String[] {"Exception", "at org.", "at java.", "jakarta.", "Jersey", "Payara"}) {
            assertFalse(body.contains(leak), "the body must not show server internals (" + leak + "): " + body);
        }
        JsonObject problem = Http.json(response);
        assertEquals("urn:manabi:problem:" + slug, problem.getString("type"));
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        return problem;
    }
}
