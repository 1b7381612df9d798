package org.manabi.web.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.manabi.web.demo.DemoData;
import org.manabi.web.server.Http;

/**
 * A fresh programme with one cohort, two companies, two learners of the first company seated in
 * the cohort (through a CSV import, as an administrator would), and one manager per company, all
 * signed in. Every name carries a random suffix, so runs never meet.
 */
public final class SurveyFixture {

    static final String JSON = "application/json";
    public static final String NEW_PASSWORD = "survey-answers-2026";

    final URL base;
    public final Http admin;
    final String adminToken;
    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    long programmeId;
    long cohortId;
    long alpha;
    long beta;
    public final List<Person> learners = new ArrayList<>();
    Person alphaManager;
    Person betaManager;

    public record Person(String loginId, Http http, String token) {

        HttpResponse<String> post(String path, String body) {
            return http.send("POST", path, JSON, body, "X-CSRF-Token", token);
        }
    }

    public SurveyFixture(URL base) throws InterruptedException {
        this.base = base;
        admin = Http.browserLike(base);
        adminToken = Http.json(signIn(admin, "demo-admin", DemoData.PASSWORD)).getString("csrfToken");
        alpha = created(adminPost("/api/organisations", "{\"name\":\"Alpha " + suffix + "\",\"employeeCount\":25}"));
        beta = created(adminPost("/api/organisations", "{\"name\":\"Beta " + suffix + "\",\"employeeCount\":25}"));
        long programme = programmeId = created(adminPost("/api/programmes", "{\"code\":\"survey-" + suffix
                + "\",\"name\":\"Survey programme\",\"organisationCap\":\"NONE\"}"));
        HttpResponse<String> cohort = adminPost("/api/programmes/" + programme + "/cohorts",
                "{\"name\":\"Run 1\",\"startsOn\":\"2026-10-01\",\"endsOn\":\"2026-11-30\"}");
        assertEquals(201, cohort.statusCode(), cohort.body());
        cohortId = Http.json(admin.get("/api/programmes/" + programme)).getJsonArray("cohorts").getJsonObject(0)
                .getJsonNumber("id").longValue();
        for (String[] issued : importLearners()) {
            learners.add(signInAsNew(issued[0], issued[1]));
        }
        alphaManager = manager("sv-am-" + suffix, alpha);
        betaManager = manager("sv-bm-" + suffix, beta);
    }

    private List<String[]> importLearners() throws InterruptedException {
        String csv = "ログインID,氏名\r\nsv-l1-" + suffix + ",グエン・ヴァン・アン\r\nsv-l2-" + suffix + ",=Santos Maria\r\n";
        HttpResponse<String> started = admin.sendBody("POST", "/api/account-imports?fileName=survey.csv&cohortId="
                        + cohortId + "&organisationId=" + alpha, "text/csv",
                BodyPublishers.ofByteArray(csv.getBytes(StandardCharsets.UTF_8)), "X-CSRF-Token", adminToken);
        assertEquals(202, started.statusCode(), started.body());
        String job = Http.json(started).getString("id");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String state = "HASHING";
        while (List.of("HASHING", "WRITING").contains(state) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            state = Http.json(admin.get("/api/account-imports/" + job)).getString("state");
        }
        assertEquals("DONE", state);
        HttpResponse<byte[]> credentials = admin.sendForBytes("POST", "/api/account-imports/" + job + "/credentials",
                "X-CSRF-Token", adminToken);
        assertEquals(200, credentials.statusCode());
        String text = new String(credentials.body(), StandardCharsets.UTF_8);
        List<String[]> issued = new ArrayList<>();
        for (String prefix : List.of("sv-l1-", "sv-l2-")) {
            String line = text.lines().filter(l -> l.startsWith(prefix + suffix + ",")).findFirst().orElseThrow();
            issued.add(new String[] {prefix + suffix, line.substring(line.lastIndexOf(',') + 1)});
        }
        return issued;
    }

    private Person manager(String loginId, long organisation) {
        HttpResponse<String> issued = adminPost("/api/accounts", "{\"loginId\":\"" + loginId + "\",\"displayName\":\""
                + loginId + "\",\"roles\":[\"COMPANY_MANAGER\"],\"organisationId\":" + organisation + "}");
        assertEquals(201, issued.statusCode(), issued.body());
        return signInAsNew(loginId, Http.json(issued).getString("oneTimePassword"));
    }

    private Person signInAsNew(String loginId, String oneTimePassword) {
        Http browser = Http.browserLike(base);
        HttpResponse<String> signedIn = signIn(browser, loginId, oneTimePassword);
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        String token = Http.json(signedIn).getString("csrfToken");
        HttpResponse<String> changed = browser.send("PUT", "/api/session/password", JSON,
                "{\"currentPassword\":\"" + oneTimePassword + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}",
                "X-CSRF-Token", token);
        assertEquals(200, changed.statusCode(), changed.body());
        return new Person(loginId, browser, Http.json(changed).getString("csrfToken"));
    }

    HttpResponse<String> adminPost(String path, String body) {
        return admin.send("POST", path, JSON, body, "X-CSRF-Token", adminToken);
    }

    /** Issues a standard survey to the cohort and answers its id. */
    public long issue(String template, String window) {
        HttpResponse<String> issued = adminPost("/api/surveys/standard", "{\"template\":\"" + template
                + "\",\"cohortId\":" + cohortId + window + "}");
        assertEquals(201, issued.statusCode(), issued.body());
        return Http.json(issued).getJsonNumber("id").longValue();
    }

    private static long created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        JsonObject body = Http.json(response);
        return body.getJsonNumber("id").longValue();
    }

    static HttpResponse<String> signIn(Http browser, String loginId, String password) {
        return browser.send("POST", "/api/session", JSON,
                "{\"loginId\":\"" + loginId + "\",\"password\":\"" + password + "\"}");
    }
}
