package org.manabi.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.manabi.web.demo.DemoData;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;

/**
 * Signing in and out over the real API: session rotation, CSRF and origin checks, role checks, and
 * the forced change of an issued one-time password. Each test issues its own accounts.
 */
class SessionIT extends DeployedServer {

    private static final String JSON = "application/json";

    @Test
    void signingInStartsANewSessionAndGivesACsrfToken() {
        Http browser = Http.browserLike(base);
        String before = sessionCookie(browser.get("/api/session"));
        HttpResponse<String> signedIn = signIn(browser, "demo-learner", DemoData.PASSWORD);
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        assertNotEquals(before, sessionCookie(signedIn), "a new session id at sign-in");
        assertTrue(signedIn.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.contains("HttpOnly") && c.toLowerCase().contains("samesite=lax")));
        JsonObject session = Http.json(browser.get("/api/session"));
        assertTrue(session.getBoolean("signedIn"));
        assertEquals("demo-learner", session.getString("loginId"));
        assertTrue(session.getString("csrfToken").length() >= 32);
    }

    @Test
    void aWrongPasswordIs401WithoutSayingWhichPartWasWrong() {
        Http browser = Http.browserLike(base);
        HttpResponse<String> wrongPassword = signIn(browser, "demo-learner", "not the password");
        HttpResponse<String> unknownId = signIn(browser, "nobody-" + UUID.randomUUID(), "not the password");
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(401, unknownId.statusCode());
        assertEquals(Http.json(wrongPassword).getString("detail"), Http.json(unknownId).getString("detail"));
        assertFalse(Http.json(browser.get("/api/session")).getBoolean("signedIn"));
    }

    @Test
    void rolesDecideWhoMayReadTheAuditTrail() {
        assertEquals(401, new Http(base).get("/api/audit").statusCode(), "anonymous");
        Http learner = Http.browserLike(base);
        signIn(learner, "demo-learner", DemoData.PASSWORD);
        HttpResponse<String> forbidden = learner.get("/api/audit");
        assertEquals(403, forbidden.statusCode());
        assertEquals("urn:manabi:problem:forbidden", Http.json(forbidden).getString("type"));
        Http admin = Http.browserLike(base);
        HttpResponse<String> signedIn = signIn(admin, "demo-admin", DemoData.PASSWORD);
        String requestId = signedIn.headers().firstValue("X-Request-Id").orElseThrow();
        String trail = admin.get("/api/audit?limit=100").body();
        assertTrue(trail.contains("\"requestId\":\"" + requestId + "\""), "the admin's own sign-in is in the trail");
        assertFalse(trail.contains(DemoData.PASSWORD), "no password in the audit trail");
        JsonObject badLimit = assertProblem(admin.get("/api/audit?limit=0"), 400, "validation");
        assertEquals("limit", badLimit.getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject notANumber = assertProblem(admin.get("/api/audit?limit=lots"), 400, "validation");
        assertEquals("limit", notANumber.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void stateChangingRequestsNeedTheTokenAndThisSite() {
        Http browser = Http.browserLike(base);
        String token = Http.json(signIn(browser, "demo-learner", DemoData.PASSWORD)).getString("csrfToken");
        assertProblem(browser.send("DELETE", "/api/session", null, null), 403, "csrf-token");
        assertProblem(browser.send("DELETE", "/api/session", null, null, "X-CSRF-Token", "forged"), 403, "csrf-token");
        assertProblem(browser.send("DELETE", "/api/session", null, null, "X-CSRF-Token", token,
                "Origin", "https://evil.example"), 403, "cross-origin");
        assertTrue(Http.json(browser.get("/api/session")).getBoolean("signedIn"), "nothing happened");
        assertEquals(204, browser.send("DELETE", "/api/session", null, null, "X-CSRF-Token", token).statusCode());
        assertFalse(Http.json(browser.get("/api/session")).getBoolean("signedIn"), "signed out");
    }

    @Test
    void anIssuedAccountMustChooseItsOwnPasswordBeforeAnythingElse() {
        String loginId = "learner-" + UUID.randomUUID().toString().substring(0, 8);
        String oneTimePassword = issue(loginId);

        Http learner = Http.browserLike(base);
        JsonObject session = Http.json(signIn(learner, loginId, oneTimePassword));
        assertTrue(session.getBoolean("mustChangePassword"));
        String token = session.getString("csrfToken");
        assertProblem(learner.get("/api/audit"), 403, "password-change-required");

        JsonObject tooShort = assertProblem(changePassword(learner, token, oneTimePassword, "short"), 400,
                "validation");
        assertEquals("TOO_SHORT", tooShort.getJsonArray("errors").getJsonObject(0).getString("code"));
        JsonObject wrongCurrent = assertProblem(changePassword(learner, token, "wrong-current", "my own passphrase"),
                400, "validation");
        assertEquals("currentPassword", wrongCurrent.getJsonArray("errors").getJsonObject(0).getString("field"));

        HttpResponse<String> changed = changePassword(learner, token, oneTimePassword, "my own passphrase");
        assertEquals(200, changed.statusCode(), changed.body());
        assertFalse(Http.json(changed).getBoolean("mustChangePassword"));
        assertProblem(learner.get("/api/audit"), 403, "forbidden");

        Http again = Http.browserLike(base);
        assertEquals(401, signIn(again, loginId, oneTimePassword).statusCode(), "the one-time password is spent");
        assertEquals(200, signIn(again, loginId, "my own passphrase").statusCode());
    }

    @Test
    void issuingRefusesATakenIdAndHostileInputWithoutWritingAnything() {
        Http admin = Http.browserLike(base);
        String token = Http.json(signIn(admin, "demo-admin", DemoData.PASSWORD)).getString("csrfToken");
        JsonObject taken = assertProblem(admin.send("POST", "/api/accounts", JSON,
                "{\"loginId\":\"demo-learner\",\"displayName\":\"Copy\",\"roles\":[\"LEARNER\"]}",
                "X-CSRF-Token", token), 409, "login-id-taken");
        assertEquals("loginId", taken.getJsonArray("errors").getJsonObject(0).getString("field"));
        String hostileId = "x-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject hostile = assertProblem(admin.send("POST", "/api/accounts", JSON,
                "{\"loginId\":\"" + hostileId + "\",\"displayName\":\"<script>alert(1)</script>\","
                        + "\"email\":\"not-an-email\",\"roles\":[]}", "X-CSRF-Token", token), 400, "validation");
        assertEquals(3, hostile.getJsonArray("errors").size(), hostile.toString());
        assertEquals(401, signIn(Http.browserLike(base), hostileId, "anything at all").statusCode());
        assertProblem(admin.send("POST", "/api/accounts", JSON,
                "{\"loginId\":\"y-1\",\"displayName\":\"Y\",\"roles\":[\"EMPEROR\"]}", "X-CSRF-Token", token), 400,
                "malformed-json");
    }

    @Test
    void suspendingAnAccountEndsItsSessionAtOnceAndResumingLetsItBack() {
        String loginId = "susp-" + UUID.randomUUID().toString().substring(0, 8);
        String oneTimePassword = issue(loginId);
        Http learner = Http.browserLike(base);
        String token = Http.json(signIn(learner, loginId, oneTimePassword)).getString("csrfToken");
        assertEquals(200, changePassword(learner, token, oneTimePassword, "my own passphrase").statusCode());
        assertTrue(Http.json(learner.get("/api/session")).getBoolean("signedIn"));

        Http admin = Http.browserLike(base);
        String adminToken = Http.json(signIn(admin, "demo-admin", DemoData.PASSWORD)).getString("csrfToken");
        long id = Http.jsonArray(admin.get("/api/accounts?q=" + loginId)).getJsonObject(0).getJsonNumber("id")
                .longValue();
        HttpResponse<String> suspended = admin.send("POST", "/api/accounts/" + id + "/suspension", JSON,
                "{\"reason\":\"no login for 2 months\"}", "X-CSRF-Token", adminToken);
        assertEquals(200, suspended.statusCode(), suspended.body());
        assertEquals("SUSPENDED", Http.json(suspended).getString("status"));

        assertFalse(Http.json(learner.get("/api/session")).getBoolean("signedIn"), "the live session ended");
        assertProblem(signIn(Http.browserLike(base), loginId, "my own passphrase"), 403, "account-not-active");
        assertTrue(admin.get("/api/audit?limit=20").body().contains("no login for 2 months"));

        assertEquals(200, admin.send("DELETE", "/api/accounts/" + id + "/suspension", null, null,
                "X-CSRF-Token", adminToken).statusCode());
        assertEquals(200, signIn(Http.browserLike(base), loginId, "my own passphrase").statusCode());
        assertEquals(404, admin.send("POST", "/api/accounts/999999999/suspension", JSON, "{\"reason\":\"x\"}",
                "X-CSRF-Token", adminToken).statusCode());
    }

    @Test
    void theAccountListFiltersByRoleStatusAndTextTakenLiterally() {
        Http admin = Http.browserLike(base);
        signIn(admin, "demo-admin", DemoData.PASSWORD);
        String managers = admin.get("/api/accounts?role=company_manager").body();
        assertTrue(managers.contains("\"demo-manager\"") && !managers.contains("\"demo-learner\""), managers);
        String found = admin.get("/api/accounts?q=DEMO-LEA").body();
        assertTrue(found.contains("\"demo-learner\"") && !found.contains("\"demo-admin\""), found);
        assertEquals(0, Http.jsonArray(admin.get("/api/accounts?q=%25")).size(), "'%' is not a wildcard");
        assertFalse(admin.get("/api/accounts?limit=500").body().contains("passwordHash"));
        assertEquals("status", assertProblem(admin.get("/api/accounts?status=BOGUS"), 400, "validation")
                .getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("limit", assertProblem(admin.get("/api/accounts?limit=0"), 400, "validation")
                .getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void changingThePasswordEndsTheAccountsOtherSessionsAndRenewsThisOne() {
        String loginId = "two-" + UUID.randomUUID().toString().substring(0, 8);
        String oneTimePassword = issue(loginId);
        Http phone = Http.browserLike(base);
        String phoneToken = Http.json(signIn(phone, loginId, oneTimePassword)).getString("csrfToken");
        assertEquals(200, changePassword(phone, phoneToken, oneTimePassword, "first own passphrase").statusCode());
        Http office = Http.browserLike(base);
        assertEquals(200, signIn(office, loginId, "first own passphrase").statusCode());
        String officeToken = Http.json(office.get("/api/session")).getString("csrfToken");
        String phoneNow = Http.json(phone.get("/api/session")).getString("csrfToken");

        HttpResponse<String> changed = changePassword(phone, phoneNow, "first own passphrase", "second passphrase");
        assertEquals(200, changed.statusCode(), changed.body());
        assertNotEquals(phoneNow, Http.json(changed).getString("csrfToken"), "a new token after the change");
        assertTrue(Http.json(phone.get("/api/session")).getBoolean("signedIn"), "this session goes on");
        assertFalse(Http.json(office.get("/api/session")).getBoolean("signedIn"), "the other session ended");
        assertProblem(changePassword(office, officeToken, "first own passphrase", "office takes over"), 401,
                "unauthenticated");
    }

    @Test
    void guessingTheCurrentPasswordThroughAStolenSessionIsThrottled() {
        String loginId = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        String oneTimePassword = issue(loginId);
        Http thief = Http.browserLike(base);
        String token = Http.json(signIn(thief, loginId, oneTimePassword)).getString("csrfToken");
        for (int i = 0; i < 6; i++) {
            assertEquals(400, changePassword(thief, token, "guess " + i, "whatever new one").statusCode());
        }
        assertProblem(changePassword(thief, token, oneTimePassword, "whatever new one"), 429, "sign-in-throttled");
    }

    private String issue(String loginId) {
        Http admin = Http.browserLike(base);
        String token = Http.json(signIn(admin, "demo-admin", DemoData.PASSWORD)).getString("csrfToken");
        HttpResponse<String> issued = admin.send("POST", "/api/accounts", JSON,
                "{\"loginId\":\"" + loginId + "\",\"displayName\":\"Nguyễn Thị Lan\",\"roles\":[\"LEARNER\"]}",
                "X-CSRF-Token", token);
        assertEquals(201, issued.statusCode(), issued.body());
        return Http.json(issued).getString("oneTimePassword");
    }

    private static HttpResponse<String> signIn(Http browser, String loginId, String password) {
        return browser.send("POST", "/api/session", JSON,
                "{\"loginId\":\"" + loginId + "\",\"password\":\"" + password + "\"}");
    }

    private static HttpResponse<String> changePassword(Http browser, String token, String current, String next) {
        return browser.send("PUT", "/api/session/password", JSON,
                "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}", "X-CSRF-Token", token);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("MANABI_SESSION="))
                .findFirst().orElse("none");
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status, String slug) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject problem = Http.json(response);
        assertEquals("urn:manabi:problem:" + slug, problem.getString("type"), response.body());
        return problem;
    }
}
