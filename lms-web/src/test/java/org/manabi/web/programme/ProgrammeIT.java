package org.manabi.web.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Programme set-up by an administrator, the seeded demo programmes, and bad input. */
class ProgrammeIT extends DeployedServer {

    private static final String JSON = "application/json";

    private Http admin;
    private String token;

    @BeforeEach
    void signInAsAdministrator() {
        admin = Http.browserLike(base);
        token = Http.json(signIn(admin, "demo-admin")).getString("csrfToken");
    }

    @Test
    void demoModeSetsUpOneProgrammePerSpecificationWithItsSeatRules() {
        List<JsonObject> programmes = Http.jsonArray(admin.get("/api/programmes")).getValuesAs(JsonObject.class);
        JsonObject kumamoto = programmes.stream().filter(p -> p.getString("code").equals("kumamoto-reskilling-2026"))
                .findFirst().orElseThrow();
        assertEquals(3, kumamoto.getJsonArray("cohorts").size());
        assertEquals("2026-11-01", kumamoto.getJsonArray("cohorts").getJsonObject(1).getString("startsOn"));
        assertEquals(100, kumamoto.getJsonArray("cohorts").getJsonObject(0).getInt("seatLimit"));
        JsonObject kagoshima = programmes.stream().filter(p -> p.getString("code").equals("kagoshima-japanese-2026"))
                .findFirst().orElseThrow();
        assertEquals(300, kagoshima.getInt("seatLimit"));
        assertTrue(programmes.size() >= 5);
    }

    @Test
    void anAdministratorSetsUpAProgrammeAndItsTerms() {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.send("POST", "/api/programmes", JSON, "{\"code\":\"" + code
                + "\",\"name\":\"Test programme\",\"seatLimit\":300,\"organisationCap\":\"BY_EMPLOYEE_COUNT\","
                + "\"employeeThreshold\":30,\"capSmall\":3,\"capLarge\":5}", "X-CSRF-Token", token);
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        HttpResponse<String> term = admin.send("POST", "/api/programmes/" + id + "/cohorts", JSON,
                "{\"name\":\"Term 1\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-10-31\",\"seatLimit\":100,"
                        + "\"invitedReserve\":40,\"reserveReleasedOn\":\"2026-08-20\"}", "X-CSRF-Token", token);
        assertEquals(201, term.statusCode(), term.body());
        JsonObject cohort = Http.json(admin.get("/api/programmes/" + id)).getJsonArray("cohorts").getJsonObject(0);
        assertEquals("Term 1", cohort.getString("name"));
        assertEquals(0, cohort.getInt("seatsTaken"));
    }

    @Test
    void inconsistentSetUpIsRefusedNamingTheField() {
        assertField(admin.send("POST", "/api/programmes", JSON, "{\"code\":\"x-" + UUID.randomUUID().toString()
                .substring(0, 6) + "\",\"name\":\"X\",\"organisationCap\":\"BY_EMPLOYEE_COUNT\","
                + "\"employeeThreshold\":30,\"capLarge\":5}", "X-CSRF-Token", token), 400, "capSmall");
        assertField(admin.send("POST", "/api/programmes", JSON, "{\"code\":\"kumamoto-reskilling-2026\","
                + "\"name\":\"Copy\",\"organisationCap\":\"NONE\"}", "X-CSRF-Token", token), 409, "code");
        long kumamoto = Http.jsonArray(admin.get("/api/programmes")).getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("kumamoto-reskilling-2026")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertField(admin.send("POST", "/api/programmes/" + kumamoto + "/cohorts", JSON,
                "{\"name\":\"Backwards\",\"startsOn\":\"2026-10-31\",\"endsOn\":\"2026-09-01\"}",
                "X-CSRF-Token", token), 400, "endsOn");
        assertField(admin.send("POST", "/api/programmes/" + kumamoto + "/cohorts", JSON,
                "{\"name\":\"Overbooked\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-10-31\",\"seatLimit\":10,"
                        + "\"invitedReserve\":11}", "X-CSRF-Token", token), 400, "invitedReserve");
        assertEquals(404, admin.send("POST", "/api/programmes/999999999/cohorts", JSON,
                "{\"name\":\"Nowhere\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-10-31\"}", "X-CSRF-Token", token)
                .statusCode());
        assertEquals(400, admin.send("POST", "/api/programmes/" + kumamoto + "/cohorts", JSON,
                "{\"name\":\"Bad date\",\"startsOn\":\"2026-02-30\",\"endsOn\":\"2026-10-31\"}", "X-CSRF-Token",
                token).statusCode());
    }

    @Test
    void onlyAdministratorsSeeProgrammes() {
        Http learner = Http.browserLike(base);
        signIn(learner, "demo-learner");
        assertEquals(403, learner.get("/api/programmes").statusCode());
        assertEquals(401, new Http(base).get("/api/programmes").statusCode());
    }

    @Test
    void theDemoManagerSeesTheDemoCompanyAndItsLearners() {
        Http manager = Http.browserLike(base);
        signIn(manager, "demo-manager");
        List<JsonObject> companies = Http.jsonArray(manager.get("/api/organisations")).getValuesAs(JsonObject.class);
        assertEquals(1, companies.size());
        long id = companies.get(0).getJsonNumber("id").longValue();
        String members = manager.get("/api/organisations/" + id + "/members").body();
        assertTrue(members.contains("demo-learner") && members.contains("demo-manager"), members);
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(field, Http.json(response).getJsonArray("errors").getJsonObject(0).getString("field"),
                response.body());
    }

    private static HttpResponse<String> signIn(Http browser, String loginId) {
        return browser.send("POST", "/api/session", JSON,
                "{\"loginId\":\"" + loginId + "\",\"password\":\"" + DemoData.PASSWORD + "\"}");
    }
}
