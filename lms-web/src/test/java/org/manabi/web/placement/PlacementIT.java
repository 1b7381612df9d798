package org.manabi.web.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;

/**
 * The placement test and the study plan through the API of the deployed WAR: a learner takes a
 * whole JLPT placement answering "a" every time and gets a level; answers to another question or
 * after the end are refused, another person cannot see the attempt; plan settings are checked
 * field by field, and the plan shows this week and the weeks ahead with lessons of the library.
 */
class PlacementIT extends DeployedServer {

    private static final String JSON = "application/json";

    private Http learner;
    private String token;

    @BeforeEach
    void signInAsLearner() {
        learner = Http.browserLike(base);
        token = Http.json(signInAsDemo(learner, "demo-learner")).getString("csrfToken");
    }

    @Test
    void aLearnerTakesAWholePlacementAndMakesAStudyPlan() throws InterruptedException {
        HttpResponse<String> started = send("POST", "/api/me/placement", "{\"scale\":\"JLPT\"}");
        assertEquals(201, started.statusCode(), started.body());
        JsonObject attempt = Http.json(started);
        long id = attempt.getJsonNumber("id").longValue();
        assertEquals(20, attempt.getInt("maxItems"), "20 items at most by default");
        JsonObject first = attempt.getJsonObject("question");
        assertEquals(1, first.getInt("number"));
        assertEquals(4, first.getJsonArray("options").size());
        assertFalse(started.body().contains("correctId"), "the right option is never sent: " + started.body());
        assertEquals(first.getString("itemId"), Http.json(learner.get("/api/me/placement/" + id))
                .getJsonObject("question").getString("itemId"), "the same question until it is answered");

        assertField(send("POST", "/api/me/placement", "{\"scale\":\"TOEIC\"}"), 400, "scale");
        HttpResponse<String> it = send("POST", "/api/me/placement", "{\"scale\":\"IT_BASICS\"}");
        assertEquals(201, it.statusCode(), it.body());
        assertEquals(4, Http.json(it).getJsonObject("question").getJsonArray("options").size(), "IT basics: single choice");
        started = send("POST", "/api/me/placement", "{\"scale\":\"JLPT\"}");
        attempt = Http.json(started);
        id = attempt.getJsonNumber("id").longValue();
        first = attempt.getJsonObject("question");
        assertEquals(409, answer(id, first.getString("itemId") + "-other", "a").statusCode(),
                "an answer to a question not being asked");
        assertField(answer(id, first.getString("itemId"), "zz"), 400, "optionId");
        assertEquals(409, learner.get("/api/me/placement/" + id + "/result").statusCode(), "not finished yet");

        Http someone = Http.browserLike(base);
        String someoneToken = Http.json(signInAsDemo(someone, "demo-counsellor")).getString("csrfToken");
        assertEquals(404, someone.get("/api/me/placement/" + id).statusCode(), "another person's attempt is not found");
        assertEquals(404, someone.send("POST", "/api/me/placement/" + id + "/answers", JSON,
                "{\"itemId\":\"" + first.getString("itemId") + "\",\"optionId\":\"a\"}", "X-CSRF-Token", someoneToken)
                .statusCode());

        Set<String> asked = new HashSet<>();
        JsonObject state = attempt;
        while (!state.getBoolean("finished")) {
            JsonObject question = state.getJsonObject("question");
            assertTrue(asked.add(question.getString("itemId")), "no question twice");
            assertEquals(state.getInt("answered") + 1, question.getInt("number"));
            HttpResponse<String> answered = answer(id, question.getString("itemId"), "a");
            assertEquals(200, answered.statusCode(), answered.body());
            state = Http.json(answered);
            assertTrue(state.getInt("answered") <= 20);
        }
        assertTrue(asked.size() >= 6, "at least the minimum number of questions: " + asked.size());
        String last = asked.iterator().next();
        assertEquals(409, answer(id, last, "a").statusCode(), "answering a finished test");

        HttpResponse<String> result = learner.get("/api/me/placement/" + id + "/result");
        assertEquals(200, result.statusCode(), result.body());
        JsonObject placed = Http.json(result);
        assertEquals(asked.size(), placed.getInt("itemsAnswered"));
        assertTrue(placed.getString("band").startsWith("JLPT_N") || placed.getString("band").equals("BELOW_N5"));
        String target = placed.getString("suggestedTarget");
        assertNotNull(placed.getString("defaultEndDate"));
        assertEquals(id, Http.json(learner.get("/api/me/placement/latest")).getJsonNumber("id").longValue());

        HttpResponse<String> bad = send("PUT", "/api/me/study-plan",
                "{\"hoursPerWeek\":0,\"targetLevel\":\"JLPT_N9\",\"endDate\":\"2020-01-01\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        Set<String> fields = new HashSet<>();
        Http.json(bad).getJsonArray("errors").getValuesAs(JsonObject.class).forEach(e -> fields.add(e.getString("field")));
        assertEquals(Set.of("hoursPerWeek", "targetLevel", "endDate"), fields);
        assertField(send("PUT", "/api/me/study-plan", "{\"hoursPerWeek\":61,\"targetLevel\":\"" + target + "\"}"), 400,
                "hoursPerWeek");

        String end = LocalDate.now().plusMonths(6).toString();
        HttpResponse<String> chosen = send("PUT", "/api/me/study-plan",
                "{\"hoursPerWeek\":5,\"targetLevel\":\"" + target + "\",\"endDate\":\"" + end + "\"}");
        assertEquals(200, chosen.statusCode(), chosen.body());
        JsonObject plan = Http.json(chosen);
        assertEquals(5.0, plan.getJsonNumber("hoursPerWeek").doubleValue());
        assertEquals(end, plan.getString("endDate"));
        assertEquals(0, plan.getInt("behindLessons"), "nothing is behind on the first day");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (plan.isNull("thisWeek") && plan.getJsonArray("weeks").isEmpty()
                || lessons(plan) == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the plan has no lessons of the bundled library: " + plan);
            }
            Thread.sleep(1000);
            plan = Http.json(learner.get("/api/me/study-plan"));
        }
        assertFalse(plan.getJsonArray("weeks").isEmpty(), "the weeks ahead are shown: " + plan);
        JsonObject lesson = firstLesson(plan);
        assertTrue(lesson.getString("courseCode").startsWith("JLPT-"), lesson.toString());
        assertTrue(lesson.getJsonNumber("lessonId").longValue() > 0);
        assertEquals(200, learner.get("/api/lessons/" + lesson.getJsonNumber("lessonId").longValue()).statusCode(),
                "the lesson the plan names opens");

        assertEquals(404, someone.get("/api/me/study-plan").statusCode(), "no plan of someone else's");
    }

    private static int lessons(JsonObject plan) {
        int n = plan.isNull("thisWeek") ? 0 : plan.getJsonObject("thisWeek").getJsonArray("lessons").size();
        for (JsonObject week : plan.getJsonArray("weeks").getValuesAs(JsonObject.class)) {
            n += week.getJsonArray("lessons").size();
        }
        return n;
    }

    private static JsonObject firstLesson(JsonObject plan) {
        if (!plan.isNull("thisWeek") && !plan.getJsonObject("thisWeek").getJsonArray("lessons").isEmpty()) {
            return plan.getJsonObject("thisWeek").getJsonArray("lessons").getJsonObject(0);
        }
        return plan.getJsonArray("weeks").getValuesAs(JsonObject.class).stream()
                .filter(w -> !w.getJsonArray("lessons").isEmpty()).findFirst().orElseThrow()
                .getJsonArray("lessons").getJsonObject(0);
    }

    private HttpResponse<String> answer(long id, String itemId, String optionId) {
        return send("POST", "/api/me/placement/" + id + "/answers",
                "{\"itemId\":\"" + itemId.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"optionId\":\"" + optionId
                        + "\"}");
    }

    private HttpResponse<String> send(String method, String path, String body) {
        return learner.send(method, path, JSON, body, "X-CSRF-Token", token);
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(Http.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("field").equals(field)), () -> field + " not named in " + response.body());
    }
}
