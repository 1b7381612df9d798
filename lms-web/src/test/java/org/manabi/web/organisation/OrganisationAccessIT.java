package org.manabi.web.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manabi.web.demo.DemoData;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;

/**
 * A company manager sees only their own company, on every organisation route and for every id;
 * learners and strangers see none. The test makes two companies, their managers and a learner.
 */
class OrganisationAccessIT extends DeployedServer {

    private static final String JSON = "application/json";

    private Http admin;
    private String adminToken;
    private long alpha;
    private long beta;
    private Http alphaManager;
    private Http learner;

    @BeforeEach
    void twoCompaniesWithManagers() {
        admin = Http.browserLike(base);
        adminToken = Http.json(signIn(admin, "demo-admin", DemoData.PASSWORD)).getString("csrfToken");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        alpha = createOrganisation("Alpha Care " + suffix, 25);
        beta = createOrganisation("Beta Foods " + suffix, 120);
        alphaManager = signInAsNew(issue("alpha-mgr-" + suffix, "COMPANY_MANAGER", alpha));
        signInAsNew(issue("beta-mgr-" + suffix, "COMPANY_MANAGER", beta));
        learner = signInAsNew(issue("alpha-learner-" + suffix, "LEARNER", alpha));
    }

    @Test
    void aManagerSeesOnlyTheirOwnCompany() {
        List<JsonObject> listed = Http.jsonArray(alphaManager.get("/api/organisations")).getValuesAs(JsonObject.class);
        assertEquals(1, listed.size());
        assertEquals(alpha, listed.get(0).getJsonNumber("id").longValue());
        assertEquals(200, alphaManager.get("/api/organisations/" + alpha).statusCode());
        List<JsonObject> members = Http.jsonArray(alphaManager.get("/api/organisations/" + alpha + "/members"))
                .getValuesAs(JsonObject.class);
        assertEquals(2, members.size(), "the manager and the learner of Alpha");
    }

    @Test
    void anotherCompanysIdIsNotFoundOnEveryRoute() {
        for (String path : new String[] {"/api/organisations/" + beta, "/api/organisations/" + beta + "/members",
                "/api/organisations/999999999", "/api/organisations/999999999/members"}) {
            HttpResponse<String> response = alphaManager.get(path);
            assertEquals(404, response.statusCode(), path + ": " + response.body());
            assertFalse(response.body().contains("Beta"), "nothing of Beta leaks");
        }
        String token = Http.json(alphaManager.get("/api/session")).getString("csrfToken");
        HttpResponse<String> sheet = alphaManager.send("POST", "/api/organisations/" + beta + "/credentials", JSON,
                "", "X-CSRF-Token", token);
        assertEquals(404, sheet.statusCode(), "another company's sign-in sheet: " + sheet.body());
        assertEquals(409, alphaManager.send("POST", "/api/organisations/" + alpha + "/credentials", JSON, "",
                "X-CSRF-Token", token).statusCode(), "everyone at Alpha has chosen a password already");
        HttpResponse<String> create = alphaManager.send("POST", "/api/organisations", JSON,
                "{\"name\":\"Mine\",\"employeeCount\":3}", "X-CSRF-Token", "irrelevant");
        assertEquals(403, create.statusCode(), "managers do not register organisations");
    }

    @Test
    void aManagerReachesNoAdministratorRoute() {
        for (String path : new String[] {"/api/accounts", "/api/programmes", "/api/audit", "/api/audit/export",
                "/api/revocation-requests", "/api/accounts/1/export", "/api/applications",
                "/api/programmes/1/application-form"}) {
            assertEquals(403, alphaManager.get(path).statusCode(), path);
        }
        assertEquals(403, alphaManager.send("DELETE", "/api/accounts/1/suspension", null, null).statusCode());
        for (String[] route : new String[][] {{"PUT", "/api/accounts/1/placement"},
                {"POST", "/api/accounts/1/revocation-requests"}, {"DELETE", "/api/accounts/1"},
                {"POST", "/api/revocation-requests/1/approval"}, {"POST", "/api/revocation-requests/1/rejection"}}) {
            assertEquals(403, alphaManager.send(route[0], route[1], JSON, "{\"reason\":\"x\"}").statusCode(),
                    route[0] + " " + route[1]);
        }
    }

    @Test
    void learnersAndStrangersSeeNoOrganisation() {
        for (String path : new String[] {"/api/organisations", "/api/organisations/" + alpha,
                "/api/organisations/" + alpha + "/members"}) {
            assertEquals(403, learner.get(path).statusCode(), "learner: " + path);
            assertEquals(401, new Http(base).get(path).statusCode(), "anonymous: " + path);
        }
    }

    @Test
    void theAdministratorSeesEveryCompanyAndEachViewOfPeopleIsAudited() {
        List<Long> ids = Http.jsonArray(admin.get("/api/organisations")).getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
        assertTrue(ids.contains(alpha) && ids.contains(beta));
        admin.get("/api/organisations/" + beta + "/members");
        String trail = admin.get("/api/audit?limit=20").body();
        assertTrue(trail.contains("ORGANISATION_MEMBERS_VIEWED") && trail.contains("organisation:" + beta), trail);
    }

    @Test
    void badOrganisationInputIsRefusedFieldByField() {
        HttpResponse<String> response = admin.send("POST", "/api/organisations", JSON,
                "{\"name\":\"<b>x</b>\",\"employeeCount\":-1,\"contactEmail\":\"nope\",\"departments\":[\"\"]}",
                "X-CSRF-Token", adminToken);
        assertEquals(400, response.statusCode(), response.body());
        List<String> fields = Http.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(List.of("contactEmail", "departments[0]", "employeeCount", "name"), fields);
        HttpResponse<String> managerWithoutCompany = admin.send("POST", "/api/accounts", JSON,
                "{\"loginId\":\"lonely-" + UUID.randomUUID().toString().substring(0, 6)
                        + "\",\"displayName\":\"X\",\"roles\":[\"COMPANY_MANAGER\"]}", "X-CSRF-Token", adminToken);
        assertEquals(400, managerWithoutCompany.statusCode());
        assertEquals("organisationId", Http.json(managerWithoutCompany).getJsonArray("errors").getJsonObject(0)
                .getString("field"));
    }

    private long createOrganisation(String name, int employees) {
        HttpResponse<String> created = admin.send("POST", "/api/organisations", JSON,
                "{\"name\":\"" + name + "\",\"employeeCount\":" + employees + ",\"departments\":[\"Care\",\"Office\"]}",
                "X-CSRF-Token", adminToken);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private String[] issue(String loginId, String role, long organisation) {
        HttpResponse<String> issued = admin.send("POST", "/api/accounts", JSON,
                "{\"loginId\":\"" + loginId + "\",\"displayName\":\"" + loginId + "\",\"roles\":[\"" + role
                        + "\"],\"organisationId\":" + organisation + "}", "X-CSRF-Token", adminToken);
        assertEquals(201, issued.statusCode(), issued.body());
        return new String[] {loginId, Http.json(issued).getString("oneTimePassword")};
    }

    /** Signs in with the one-time password and chooses a new one, as a new person must. */
    private Http signInAsNew(String[] credentials) {
        Http browser = Http.browserLike(base);
        String token = Http.json(signIn(browser, credentials[0], credentials[1])).getString("csrfToken");
        HttpResponse<String> changed = browser.send("PUT", "/api/session/password", JSON,
                "{\"currentPassword\":\"" + credentials[1] + "\",\"newPassword\":\"a long new passphrase\"}",
                "X-CSRF-Token", token);
        assertEquals(200, changed.statusCode(), changed.body());
        return browser;
    }

    private static HttpResponse<String> signIn(Http browser, String loginId, String password) {
        return browser.send("POST", "/api/session", JSON,
                "{\"loginId\":\"" + loginId + "\",\"password\":\"" + password + "\"}");
    }
}
