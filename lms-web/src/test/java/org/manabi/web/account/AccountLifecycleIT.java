package org.manabi.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manabi.web.demo.DemoData;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;

/**
 * The account lifecycle through the API: detail (and who may see it), personnel moves, revocation
 * with a second administrator's approval, deletion with erasure, the personal-data export, and the
 * audit search and CSV export. Each test makes its own companies and people.
 */
class AccountLifecycleIT extends DeployedServer {

    private static final String JSON = "application/json";
    private static final String NEW_PASSWORD = "a long new passphrase";

    private Http admin;
    private String adminToken;
    private String suffix;
    private long alpha;
    private long beta;

    @BeforeEach
    void companies() {
        admin = Http.browserLike(base);
        adminToken = Http.json(signIn(admin, "demo-admin", DemoData.PASSWORD)).getString("csrfToken");
        suffix = UUID.randomUUID().toString().substring(0, 6);
        alpha = createOrganisation("Alpha " + suffix);
        beta = createOrganisation("Beta " + suffix);
    }

    @Test
    void theDetailIsShownToAdministratorsAndOwnManagersOnlyAndEveryViewIsAudited() {
        long learner = issue("det-l-" + suffix, "LEARNER", alpha, "Det Learner").id;
        Person alphaManager = signInAsNew(issue("det-am-" + suffix, "COMPANY_MANAGER", alpha, "Alpha Mgr"));
        Person betaManager = signInAsNew(issue("det-bm-" + suffix, "COMPANY_MANAGER", beta, "Beta Mgr"));
        Person someLearner = signInAsNew(issue("det-sl-" + suffix, "LEARNER", alpha, "Some Learner"));

        JsonObject detail = Http.json(ok(admin.get("/api/accounts/" + learner)));
        assertEquals("Det Learner", detail.getString("displayName"));
        assertEquals("Alpha " + suffix, detail.getString("organisationName"));
        assertEquals("Care", detail.getString("department"));
        assertEquals("ACTIVE", detail.getString("status"));
        assertEquals(0, detail.getJsonArray("seats").size());
        assertFalse(admin.get("/api/accounts/" + learner).body().contains("passwordHash"));

        assertEquals(200, alphaManager.http.get("/api/accounts/" + learner).statusCode(), "own organisation");
        HttpResponse<String> other = betaManager.http.get("/api/accounts/" + learner);
        assertEquals(404, other.statusCode(), "another company's person is not found");
        assertFalse(other.body().contains("Det Learner"));
        assertEquals(404, betaManager.http.get("/api/accounts/999999999").statusCode());
        assertEquals(403, someLearner.http.get("/api/accounts/" + learner).statusCode());
        assertEquals(401, new Http(base).get("/api/accounts/" + learner).statusCode());

        JsonArray views = audit("action=PERSONAL_DATA_VIEWED&target=account:" + learner);
        List<String> viewers = views.getValuesAs(JsonObject.class).stream().map(e -> e.getString("actor")).toList();
        assertTrue(viewers.contains("demo-admin") && viewers.contains("det-am-" + suffix), viewers.toString());
        assertFalse(viewers.contains("det-bm-" + suffix), "a refused view shows nothing, so it is no view");
        assertTrue(views.getJsonObject(0).getString("sourceAddress").length() > 0, "from where");
    }

    @Test
    void badIdsAndParametersAreNamedNotAnswered404() {
        assertInvalid(admin.get("/api/accounts/abc"), "id");
        assertInvalid(admin.get("/api/accounts?organisationId=abc"), "organisationId");
        assertInvalid(admin.get("/api/audit?offset=x"), "offset");
        assertEquals(404, admin.get("/api/accounts/999999999").statusCode());
        assertInvalid(admin.get("/api/accounts?status=DELETED"), "status");
    }

    @Test
    void searchingByNameIgnoresFullAndHalfWidth() {
        issue("wide-" + suffix, "LEARNER", alpha, "ＭＡＮＡＢＩ Ｗｉｄｅ" + suffix);
        JsonArray found = Http.jsonArray(ok(admin.get("/api/accounts?q="
                + URLEncoder.encode("manabi wide" + suffix, StandardCharsets.UTF_8))));
        assertEquals(1, found.size(), found.toString());
        assertEquals("wide-" + suffix, found.getJsonObject(0).getString("loginId"));
    }

    @Test
    void twoAdministratorsIssuingTheSameLoginIdAtOnceGetOneAccountAndOneConflict() throws Exception {
        for (int round = 0; round < 3; round++) {
            String loginId = "race-" + round + "-" + suffix;
            String body = "{\"loginId\":\"" + loginId + "\",\"displayName\":\"Race\",\"roles\":[\"LEARNER\"]}";
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<HttpResponse<String>>> calls = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    calls.add(pool.submit(() -> admin.send("POST", "/api/accounts", JSON, body, "X-CSRF-Token",
                            adminToken)));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<HttpResponse<String>> call : calls) {
                    HttpResponse<String> response = call.get();
                    statuses.add(response.statusCode());
                    if (response.statusCode() == 409) {
                        assertEquals("urn:manabi:problem:login-id-taken", Http.json(response).getString("type"));
                    }
                }
                statuses.sort(null);
                assertEquals(List.of(201, 409), statuses, "round " + round);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aPersonMovesOnlyToADepartmentOfTheTargetOrganisation() {
        long learner = issue("mv-" + suffix, "LEARNER", alpha, "Mover").id;
        JsonObject moved = Http.json(ok(admin.send("PUT", "/api/accounts/" + learner + "/placement", JSON,
                "{\"organisationId\":" + beta + ",\"department\":\"Office\"}", "X-CSRF-Token", adminToken)));
        assertEquals(beta, moved.getJsonNumber("organisationId").longValue());
        assertEquals("Office", moved.getString("department"));
        JsonObject entry = audit("action=ACCOUNT_MOVED&target=account:" + learner).getJsonObject(0);
        assertEquals("from organisation:" + alpha + " department Care to organisation:" + beta + " department Office",
                entry.getString("detail"));

        assertInvalid(admin.send("PUT", "/api/accounts/" + learner + "/placement", JSON,
                "{\"organisationId\":" + alpha + ",\"department\":\"Kitchen\"}", "X-CSRF-Token", adminToken),
                "department");
        assertInvalid(admin.send("PUT", "/api/accounts/" + learner + "/placement", JSON,
                "{\"organisationId\":999999999}", "X-CSRF-Token", adminToken), "organisationId");
        assertEquals(404, admin.send("PUT", "/api/accounts/999999999/placement", JSON,
                "{\"organisationId\":" + alpha + "}", "X-CSRF-Token", adminToken).statusCode());
        JsonObject unchanged = Http.json(admin.get("/api/accounts/" + learner));
        assertEquals("Office", unchanged.getString("department"), "a refused move changes nothing");
        JsonObject out = Http.json(ok(admin.send("PUT", "/api/accounts/" + learner + "/placement", JSON,
                "{\"organisationId\":null,\"department\":\"\"}", "X-CSRF-Token", adminToken)));
        assertTrue(absent(out, "organisationId"), out.toString());
    }

    @Test
    void revocationNeedsASecondAdministratorAndEndsTheLiveSession() {
        Person second = signInAsNew(issue("adm2-" + suffix, "ADMINISTRATOR", null, "Second Admin"));
        Person learner = signInAsNew(issue("rv-" + suffix, "LEARNER", alpha, "Revoked Learner"));
        assertTrue(Http.json(learner.http.get("/api/session")).getBoolean("signedIn"));

        HttpResponse<String> asked = admin.send("POST", "/api/accounts/" + learner.id + "/revocation-requests", JSON,
                "{\"reason\":\"left the company\"}", "X-CSRF-Token", adminToken);
        assertEquals(201, asked.statusCode(), asked.body());
        long request = Http.json(asked).getJsonNumber("id").longValue();
        assertProblem(admin.send("POST", "/api/accounts/" + learner.id + "/revocation-requests", JSON,
                "{\"reason\":\"again\"}", "X-CSRF-Token", adminToken), 409, "revocation-pending");
        assertInvalid(admin.send("POST", "/api/accounts/" + learner.id + "/revocation-requests", JSON,
                "{\"reason\":\" \"}", "X-CSRF-Token", adminToken), "reason");
        List<Long> pending = Http.jsonArray(ok(admin.get("/api/revocation-requests"))).getValuesAs(JsonObject.class)
                .stream().map(r -> r.getJsonNumber("id").longValue()).toList();
        assertTrue(pending.contains(request));

        assertProblem(admin.send("POST", "/api/revocation-requests/" + request + "/approval", JSON, "{}",
                "X-CSRF-Token", adminToken), 403, "four-eyes");
        assertEquals("ACTIVE", Http.json(admin.get("/api/accounts/" + learner.id)).getString("status"));
        assertEquals(403, learner.http.send("POST", "/api/revocation-requests/" + request + "/approval", JSON, "{}",
                "X-CSRF-Token", learner.token).statusCode());

        JsonObject approved = Http.json(ok(second.http.send("POST", "/api/revocation-requests/" + request
                + "/approval", JSON, "{}", "X-CSRF-Token", second.token)));
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals("adm2-" + suffix, approved.getString("decidedBy"));
        assertEquals("REVOKED", Http.json(admin.get("/api/accounts/" + learner.id)).getString("status"));
        assertFalse(Http.json(learner.http.get("/api/session")).getBoolean("signedIn"), "the live session ended");
        assertEquals(403, signIn(Http.browserLike(base), learner.loginId, NEW_PASSWORD).statusCode());

        assertProblem(second.http.send("POST", "/api/revocation-requests/" + request + "/approval", JSON, "{}",
                "X-CSRF-Token", second.token), 409, "already-decided");
        assertProblem(admin.send("DELETE", "/api/accounts/" + learner.id + "/suspension", null, null,
                "X-CSRF-Token", adminToken), 409, "account-closed");
        assertEquals(404, second.http.send("POST", "/api/revocation-requests/999999999/approval", JSON, "{}",
                "X-CSRF-Token", second.token).statusCode());
        assertProblem(admin.send("POST", "/api/accounts/" + idOf("demo-admin") + "/revocation-requests", JSON,
                "{\"reason\":\"me\"}", "X-CSRF-Token", adminToken), 409, "own-account");
        List<String> actions = audit("target=account:" + learner.id).getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("REVOCATION_REQUESTED", "REVOCATION_APPROVED", "ACCOUNT_REVOKED")),
                actions.toString());
    }

    @Test
    void aRejectedRevocationLeavesTheAccountActive() {
        Person second = signInAsNew(issue("adm3-" + suffix, "ADMINISTRATOR", null, "Third Admin"));
        long learner = issue("rj-" + suffix, "LEARNER", alpha, "Kept Learner").id;
        long request = Http.json(admin.send("POST", "/api/accounts/" + learner + "/revocation-requests", JSON,
                "{\"reason\":\"mistake?\"}", "X-CSRF-Token", adminToken)).getJsonNumber("id").longValue();
        JsonObject rejected = Http.json(ok(second.http.send("POST", "/api/revocation-requests/" + request
                + "/rejection", JSON, "{\"note\":\"still employed\"}", "X-CSRF-Token", second.token)));
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("ACTIVE", Http.json(admin.get("/api/accounts/" + learner)).getString("status"));
        assertEquals(1, Http.json(admin.get("/api/accounts/" + learner)).getJsonArray("revocations").size());
    }

    @Test
    void deletionErasesThePersonalDataRecordsItAndEndsTheSession() {
        Person learner = signInAsNew(issue("del-" + suffix, "LEARNER", alpha, "Erased Person"));
        assertInvalid(admin.send("DELETE", "/api/accounts/" + learner.id, JSON, "{}", "X-CSRF-Token", adminToken),
                "reason");
        assertEquals(403, learner.http.send("DELETE", "/api/accounts/" + learner.id, JSON, "{\"reason\":\"x\"}",
                "X-CSRF-Token", learner.token).statusCode());

        JsonObject record = Http.json(ok(admin.send("DELETE", "/api/accounts/" + learner.id, JSON,
                "{\"reason\":\"asked to be forgotten\"}", "X-CSRF-Token", adminToken)));
        assertEquals(List.of("loginId", "displayName", "passwordHash", "email", "department"),
                record.getJsonArray("erasedFields").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
        assertEquals("demo-admin", record.getString("erasedBy"));

        JsonObject after = Http.json(ok(admin.get("/api/accounts/" + learner.id)));
        assertEquals("DELETED", after.getString("status"));
        assertEquals("erased-" + learner.id, after.getString("loginId"));
        assertEquals("erased-" + learner.id, after.getString("displayName"));
        assertTrue(absent(after, "email") && absent(after, "department"), after.toString());
        JsonObject erasure = after.getJsonArray("erasures").getJsonObject(0);
        assertEquals("asked to be forgotten", erasure.getString("reason"));

        assertFalse(Http.json(learner.http.get("/api/session")).getBoolean("signedIn"), "the live session ended");
        assertEquals(401, signIn(Http.browserLike(base), learner.loginId, NEW_PASSWORD).statusCode());
        JsonObject entry = audit("action=ACCOUNT_ERASED&target=account:" + learner.id).getJsonObject(0);
        assertFalse(entry.toString().contains("Erased Person") || entry.toString().contains("del-" + suffix),
                "the new entry keeps nothing erased: " + entry);
        JsonArray listed = Http.jsonArray(admin.get("/api/accounts?q=" + "del-" + suffix));
        assertEquals(0, listed.size());

        assertProblem(admin.send("DELETE", "/api/accounts/" + learner.id, JSON, "{\"reason\":\"again\"}",
                "X-CSRF-Token", adminToken), 409, "account-closed");
        assertProblem(admin.send("DELETE", "/api/accounts/" + idOf("demo-admin"), JSON, "{\"reason\":\"me\"}",
                "X-CSRF-Token", adminToken), 409, "own-account");
        assertEquals(404, admin.send("DELETE", "/api/accounts/999999999", JSON, "{\"reason\":\"x\"}",
                "X-CSRF-Token", adminToken).statusCode());
    }

    @Test
    void theExportHoldsEverythingAboutThePersonAndIsAudited() {
        Person learner = signInAsNew(issue("exp-" + suffix, "LEARNER", alpha, "Export Person"));
        HttpResponse<String> export = ok(admin.get("/api/accounts/" + learner.id + "/export"));
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        JsonObject body = Http.json(export);
        JsonObject account = body.getJsonObject("account");
        assertEquals("Export Person", account.getString("displayName"));
        assertEquals("exp-" + suffix, account.getString("loginId"));
        assertEquals("Alpha " + suffix, account.getString("organisationName"));
        assertEquals(JsonValue.ValueType.ARRAY, account.get("seats").getValueType());
        List<String> actions = body.getJsonArray("auditTrail").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertTrue(actions.contains("ACCOUNT_CREATED") && actions.contains("SIGN_IN_SUCCEEDED")
                && actions.contains("PASSWORD_CHANGED"), actions.toString());
        assertEquals(1, audit("action=PERSONAL_DATA_EXPORTED&target=account:" + learner.id).size());

        Person manager = signInAsNew(issue("exp-m-" + suffix, "COMPANY_MANAGER", alpha, "Export Mgr"));
        assertEquals(403, manager.http.get("/api/accounts/" + learner.id + "/export").statusCode());
        assertEquals(404, admin.get("/api/accounts/999999999/export").statusCode());
    }

    @Test
    void theAuditTrailIsSearchedAndExportedAsCsv() {
        String odd = "=HYPERLINK(\"x\")" + suffix;
        signIn(new Http(base), odd, "wrong password");
        JsonArray failures = audit("actor=" + URLEncoder.encode(odd, StandardCharsets.UTF_8));
        assertEquals(1, failures.size(), failures.toString());
        assertEquals("SIGN_IN_FAILED", failures.getJsonObject(0).getString("action"));
        assertEquals(1, audit("q=" + URLEncoder.encode("hyperlink(\"x\")" + suffix, StandardCharsets.UTF_8)).size());
        assertEquals(0, audit("actor=" + URLEncoder.encode(odd, StandardCharsets.UTF_8) + "&to=2000-01-01").size());
        assertEquals(1, audit("actor=" + URLEncoder.encode(odd, StandardCharsets.UTF_8) + "&from=2000-01-01").size());
        JsonArray page = audit("limit=2&offset=1");
        assertEquals(2, page.size());
        assertInvalid(admin.get("/api/audit?from=yesterday"), "from");
        assertInvalid(admin.get("/api/audit?from=2026-02-01&to=2026-01-01"), "to");
        assertInvalid(admin.get("/api/audit?offset=-1"), "offset");

        HttpResponse<String> csv = ok(admin.get("/api/audit/export?actor="
                + URLEncoder.encode(odd, StandardCharsets.UTF_8)));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        String text = csv.body();
        assertTrue(text.startsWith("\uFEFFid,occurredAt,actor,action,target,detail,sourceAddress,requestId\r\n"), text);
        assertEquals(2, text.split("\r\n").length, text);
        assertTrue(text.contains(",\"'=HYPERLINK(\"\"x\"\")" + suffix + "\",SIGN_IN_FAILED,"), text);
        JsonObject exported = audit("action=AUDIT_EXPORTED&actor=demo-admin").getJsonObject(0);
        assertTrue(exported.getString("detail").contains("actor="), exported.toString());
        assertInvalid(admin.get("/api/audit/export?to=soon"), "to");

        Person learner = signInAsNew(issue("aud-l-" + suffix, "LEARNER", alpha, "Audit Learner"));
        assertEquals(403, learner.http.get("/api/audit/export").statusCode());
        assertEquals(401, new Http(base).get("/api/audit/export").statusCode());
    }

    private JsonArray audit(String query) {
        return Http.jsonArray(ok(admin.get("/api/audit?" + query)));
    }

    private long idOf(String loginId) {
        return Http.jsonArray(ok(admin.get("/api/accounts?q=" + loginId))).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("loginId").equals(loginId)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private long createOrganisation(String name) {
        HttpResponse<String> created = admin.send("POST", "/api/organisations", JSON,
                "{\"name\":\"" + name + "\",\"employeeCount\":25,\"departments\":[\"Care\",\"Office\"]}",
                "X-CSRF-Token", adminToken);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private Issued issue(String loginId, String role, Long organisation, String name) {
        HttpResponse<String> issued = admin.send("POST", "/api/accounts", JSON,
                "{\"loginId\":\"" + loginId + "\",\"displayName\":\"" + name + "\",\"email\":\"" + loginId
                        + "@example.jp\",\"roles\":[\"" + role + "\"],\"organisationId\":" + organisation
                        + (organisation == null ? "" : ",\"department\":\"Care\"") + "}",
                "X-CSRF-Token", adminToken);
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject body = Http.json(issued);
        return new Issued(body.getJsonNumber("id").longValue(), loginId, body.getString("oneTimePassword"));
    }

    private record Issued(long id, String loginId, String oneTimePassword) {
    }

    private record Person(long id, String loginId, Http http, String token) {
    }

    /** Signs in with the one-time password and chooses a new one, as a new person must. */
    private Person signInAsNew(Issued issued) {
        Http browser = Http.browserLike(base);
        String token = Http.json(signIn(browser, issued.loginId(), issued.oneTimePassword())).getString("csrfToken");
        HttpResponse<String> changed = browser.send("PUT", "/api/session/password", JSON,
                "{\"currentPassword\":\"" + issued.oneTimePassword() + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}",
                "X-CSRF-Token", token);
        assertEquals(200, changed.statusCode(), changed.body());
        return new Person(issued.id(), issued.loginId(), browser, Http.json(changed).getString("csrfToken"));
    }

    private static HttpResponse<String> signIn(Http browser, String loginId, String password) {
        return browser.send("POST", "/api/session", JSON,
                "{\"loginId\":\"" + loginId.replace("\"", "\\\"") + "\",\"password\":\"" + password + "\"}");
    }

    /** JSON-B leaves null members out. */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static void assertInvalid(HttpResponse<String> response, String field) {
        JsonObject problem = assertProblem(response, 400, "validation");
        assertEquals(field, problem.getJsonArray("errors").getJsonObject(0).getString("field"), response.body());
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status, String slug) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject problem = Http.json(response);
        assertEquals("urn:manabi:problem:" + slug, problem.getString("type"), response.body());
        return problem;
    }
}
