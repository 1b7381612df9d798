package org.manabi.web.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;

/**
 * Curricula through the API of the deployed WAR: an administrator defines one (refused when the
 * prerequisites go round), enrols a cohort and a learner, and the learner sees where they are.
 * Learners and company managers may not manage curricula.
 */
class CurriculumIT extends DeployedServer {

    private static final String JSON = "application/json";

    private Http admin;
    private String token;

    @BeforeEach
    void signInAsAdministrator() {
        admin = Http.browserLike(base);
        token = Http.json(signInAsDemo(admin, "demo-admin")).getString("csrfToken");
    }

    @Test
    void anAdministratorDefinesACurriculumEnrolsALearnerAndTheLearnerSeesTheirPlace() {
        long first = publishedCourse("基本");
        long second = publishedCourse("セキュリティ");
        JsonObject programme = kumamoto();
        long programmeId = programme.getJsonNumber("id").longValue();
        long cohortId = programme.getJsonArray("cohorts").getJsonObject(0).getJsonNumber("id").longValue();
        String code = "itp-" + UUID.randomUUID().toString().substring(0, 8);
        String items = "[{\"courseId\":" + first + ",\"required\":true,\"prerequisites\":[]},"
                + "{\"courseId\":" + second + ",\"required\":true,\"prerequisites\":[" + first + "]}]";

        HttpResponse<String> created = send("POST", "/api/programmes/" + programmeId + "/curricula",
                curriculum(code, items, "[{\"firstDay\":\"12-29\",\"lastDay\":\"01-03\"}]"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject view = Http.json(created);
        long id = view.getJsonNumber("id").longValue();
        assertEquals("2026-09-01", view.getString("plannedFrom"), "planned from the first cohort's first day");
        assertEquals(first, view.getJsonArray("items").getJsonObject(1).getJsonArray("prerequisites")
                .getJsonNumber(0).longValue());

        assertField(send("POST", "/api/programmes/" + programmeId + "/curricula", curriculum(code, items, "[]")),
                409, "code");
        String circle = "[{\"courseId\":" + first + ",\"prerequisites\":[" + second + "]},"
                + "{\"courseId\":" + second + ",\"prerequisites\":[" + first + "]}]";
        assertField(send("PUT", "/api/curricula/" + id, curriculum(code, circle, "[]")), 400,
                "items[0].prerequisites");
        assertField(send("PUT", "/api/curricula/" + id, curriculum(code, items,
                "[{\"firstDay\":\"02-30\",\"lastDay\":\"03-01\"}]")), 400, "breaks[0].firstDay");
        assertEquals(404, send("PUT", "/api/curricula/999999999", curriculum(code, items, "[]")).statusCode());
        assertEquals(404, admin.get("/api/programmes/999999999/curricula").statusCode());

        assertEquals(0, Http.json(send("POST", "/api/curricula/" + id + "/enrolments",
                "{\"cohortId\":" + cohortId + "}")).getInt("added"), "nobody holds a seat in that cohort yet");
        long learnerId = accountId("demo-learner");
        assertEquals(1, Http.json(send("POST", "/api/curricula/" + id + "/enrolments",
                "{\"accountId\":" + learnerId + "}")).getInt("added"));
        assertEquals(0, Http.json(send("POST", "/api/curricula/" + id + "/enrolments",
                "{\"accountId\":" + learnerId + "}")).getInt("added"), "enrolling again changes nothing");
        assertField(send("POST", "/api/curricula/" + id + "/enrolments", "{}"), 400, "accountId");
        var enrolled = Http.jsonArray(admin.get("/api/curricula/" + id + "/enrolments"));
        assertEquals(1, enrolled.size());
        assertEquals("demo-learner", enrolled.getJsonObject(0).getString("loginId"), "the list names the learner");
        assertTrue(!enrolled.getJsonObject(0).getString("displayName").isBlank());

        Http learner = Http.browserLike(base);
        signInAsDemo(learner, "demo-learner");
        HttpResponse<String> mine = learner.get("/api/me/curricula");
        assertEquals(200, mine.statusCode(), mine.body());
        JsonObject position = Http.jsonArray(mine).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(first, position.getJsonNumber("nextCourseId").longValue());
        assertEquals(0, position.getInt("percentRequiredDone"));
        assertEquals("LOCKED", position.getJsonArray("items").getJsonObject(1).getString("status"));
        assertTrue(position.getJsonArray("items").getJsonObject(0).containsKey("plannedEnd"));
    }

    @Test
    void learnersAndCompanyManagersCannotManageCurricula() {
        long programmeId = kumamoto().getJsonNumber("id").longValue();
        for (String loginId : List.of("demo-learner", "demo-manager")) {
            Http someone = Http.browserLike(base);
            String theirToken = Http.json(signInAsDemo(someone, loginId)).getString("csrfToken");
            assertEquals(403, someone.get("/api/programmes/" + programmeId + "/curricula").statusCode(), loginId);
            assertEquals(403, someone.send("POST", "/api/programmes/" + programmeId + "/curricula", JSON,
                    curriculum("x", "[]", "[]"), "X-CSRF-Token", theirToken).statusCode(), loginId);
            assertEquals(403, someone.send("POST", "/api/curricula/1/enrolments", JSON, "{\"accountId\":1}",
                    "X-CSRF-Token", theirToken).statusCode(), loginId);
            assertEquals(403, someone.get("/api/curricula/1/enrolments").statusCode(), loginId);
        }
        assertEquals(401, new Http(base).get("/api/me/curricula").statusCode());
    }

    private long publishedCourse(String title) {
        String code = "CUR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<String> created = send("POST", "/api/authoring/courses", "{\"code\":\"" + code
                + "\",\"title\":\"" + title + "\",\"language\":\"ja\",\"category\":\"IT\",\"level\":\"BEGINNER\","
                + "\"estimatedHours\":60,\"sections\":[{\"title\":\"1\",\"lessons\":[{\"kind\":\"TEXT\","
                + "\"title\":\"はじめに\",\"body\":\"本文\",\"minutes\":30}]}]}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        HttpResponse<String> published = send("POST", "/api/authoring/courses/" + id + "/publication", "{}");
        assertEquals(200, published.statusCode(), published.body());
        return id;
    }

    private JsonObject kumamoto() {
        return Http.jsonArray(admin.get("/api/programmes")).getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("kumamoto-reskilling-2026")).findFirst().orElseThrow();
    }

    private long accountId(String loginId) {
        return Http.jsonArray(admin.get("/api/accounts?q=" + loginId)).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("loginId").equals(loginId)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static String curriculum(String code, String items, String breaks) {
        return "{\"code\":\"" + code + "\",\"title\":\"ITパスポート\",\"description\":\"5か月\","
                + "\"hoursPerMonth\":60,\"hoursPerDay\":3,\"breaks\":" + breaks + ",\"items\":" + items + "}";
    }

    private HttpResponse<String> send(String method, String path, String body) {
        return admin.send(method, path, JSON, body, "X-CSRF-Token", token);
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(field, Http.json(response).getJsonArray("errors").getJsonObject(0).getString("field"),
                response.body());
    }
}
