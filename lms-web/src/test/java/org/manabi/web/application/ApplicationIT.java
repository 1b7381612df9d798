package org.manabi.web.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.manabi.web.demo.DemoData;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;
import org.manabi.web.server.Mailbox;

/**
 * The application form end to end on the real server: the public form, the approval queue with
 * the seat rules, accounts issued at approval, and the mail that reaches a real SMTP server
 * (GreenMail) — with the one-time password that then signs in.
 */
class ApplicationIT extends DeployedServer {

    private static final String JSON = "application/json";

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    private Http admin;
    private String token;
    private String run;

    @BeforeEach
    void signInAsAdministrator() {
        admin = Http.browserLike(base);
        token = Http.json(signIn(admin, "demo-admin")).getString("csrfToken");
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void applyThenApproveIssuesAnAccountWhosePasswordArrivesByMailAndSignsIn() {
        long programme = programme(2);
        long cohort = firstCohort(programme);
        configure(programme, "{\"accepting\":true,\"selectionMode\":\"FIRST_COME\","
                + "\"questions\":{\"NATIONALITY\":\"REQUIRED\",\"COMPANY_SIZE\":\"OPTIONAL\"}}");

        JsonObject form = Http.json(new Http(base).get("/api/public/programmes/" + code(programme)
                + "/application-form"));
        assertEquals("NATIONALITY", form.getJsonArray("questions").getJsonObject(0).getString("name"));
        assertTrue(form.getJsonArray("questions").getJsonObject(0).getBoolean("required"));

        String email = "an-" + run + "@apply.test";
        HttpResponse<String> submitted = apply(programme, cohort, "Nguyen Van An", email, "vi",
                "{\"NATIONALITY\":\"Viet Nam\"}");
        assertEquals(201, submitted.statusCode(), submitted.body());
        String reference = Http.json(submitted).getString("reference");
        assertTrue(body(awaitMail(email, reference)).contains(reference), "confirmation mail quotes the reference");

        long id = onlyApplication(programme).getJsonNumber("id").longValue();
        HttpResponse<String> approved = admin.send("POST", "/api/applications/" + id + "/approval", JSON, "{}",
                "X-CSRF-Token", token);
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("APPROVED", Http.json(approved).getString("status"));

        String mail = body(awaitMail(email, code(programme) + "-0001"));
        Matcher password = Pattern.compile("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}").matcher(mail);
        assertTrue(password.find(), mail);
        Http learner = Http.browserLike(base);
        HttpResponse<String> firstSignIn = learner.send("POST", "/api/session", JSON, "{\"loginId\":\""
                + code(programme) + "-0001\",\"password\":\"" + password.group() + "\"}");
        assertEquals(200, firstSignIn.statusCode(), firstSignIn.body());
        assertTrue(Http.json(firstSignIn).getBoolean("mustChangePassword"));
        String learnerToken = Http.json(firstSignIn).getString("csrfToken");
        HttpResponse<String> changed = learner.send("PUT", "/api/session/password", JSON, "{\"currentPassword\":\""
                + password.group() + "\",\"newPassword\":\"watashi no pasuwaado 2026\"}", "X-CSRF-Token", learnerToken);
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject enrolment = Http.jsonArray(learner.get("/api/me/programmes")).getJsonObject(0);
        assertEquals(code(programme), enrolment.getString("programmeCode"));
        assertEquals("OPEN", enrolment.getString("state"), "the term runs from 2026 to 2099");
        assertEquals("2099-12-31", enrolment.getString("lastDay"));

        assertEquals(409, admin.send("POST", "/api/applications/" + id + "/approval", JSON, "{}",
                "X-CSRF-Token", token).statusCode(), "an application is decided once");

        long accountId = Http.json(admin.get("/api/applications/" + id)).getJsonNumber("accountId").longValue();
        assertEquals(403, learner.send("POST", "/api/accounts/" + accountId + "/one-time-password", JSON, "",
                "X-CSRF-Token", learnerToken).statusCode(), "only administrators issue passwords");
        HttpResponse<String> reissued = admin.send("POST", "/api/accounts/" + accountId + "/one-time-password",
                JSON, "", "X-CSRF-Token", token);
        assertEquals(200, reissued.statusCode(), reissued.body());
        String fresh = Http.json(reissued).getString("oneTimePassword");
        assertEquals(401, Http.browserLike(base).send("POST", "/api/session", JSON, "{\"loginId\":\""
                + code(programme) + "-0001\",\"password\":\"watashi no pasuwaado 2026\"}").statusCode(),
                "the password chosen before stops working");
        HttpResponse<String> again = Http.browserLike(base).send("POST", "/api/session", JSON, "{\"loginId\":\""
                + code(programme) + "-0001\",\"password\":\"" + fresh + "\"}");
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(Http.json(again).getBoolean("mustChangePassword"));

        JsonObject export = Http.json(admin.get("/api/accounts/" + accountId + "/export"));
        JsonObject exported = export.getJsonArray("applications").getJsonObject(0);
        assertEquals(reference, exported.getString("reference"), "the person's export carries their application");
        assertEquals("Viet Nam", exported.getJsonObject("answers").getString("NATIONALITY"));
    }

    @Test
    void approvalsRacingForOneApplicationIssueOneAccount() throws Exception {
        long programme = programme(5);
        long cohort = firstCohort(programme);
        configure(programme, "{\"accepting\":true,\"selectionMode\":\"FIRST_COME\",\"questions\":{}}");
        assertEquals(201, apply(programme, cohort, "Racer", "racer-" + run + "@apply.test", "en", "{}").statusCode());
        long id = onlyApplication(programme).getJsonNumber("id").longValue();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> admin.send("POST", "/api/applications/" + id + "/approval", JSON, "{}",
                        "X-CSRF-Token", token).statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var result : results) {
                statuses.add(result.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        JsonObject seats = Http.json(admin.get("/api/programmes/" + programme)).getJsonArray("cohorts")
                .getJsonObject(0);
        assertEquals(1, seats.getInt("seatsTaken"), "one seat, not six");
        JsonObject account = Http.jsonArray(admin.get("/api/accounts?q=" + code(programme))).getJsonObject(0);
        assertEquals(1, Http.jsonArray(admin.get("/api/accounts?q=" + code(programme))).size(), "one account");

        HttpResponse<String> erased = admin.send("DELETE", "/api/accounts/" + account.getJsonNumber("id").longValue(),
                JSON, "{\"reason\":\"Asked to be forgotten\"}", "X-CSRF-Token", token);
        assertTrue(erased.statusCode() < 300, erased.body());
        assertEquals(0, Http.json(admin.get("/api/programmes/" + programme)).getJsonArray("cohorts").getJsonObject(0)
                .getInt("seatsTaken"), "erasing the learner gives the seat back; the application keeps its history");
        JsonObject history = onlyApplication(programme);
        assertEquals("APPROVED", history.getString("status"));
        assertEquals("erased", history.getString("displayName"), "the applicant's name goes with the account");
        assertFalse(history.getString("email").contains("racer"));
    }

    @Test
    void badSubmissionsAreRefusedFieldByFieldAndWriteNothing() {
        long programme = programme(5);
        long cohort = firstCohort(programme);
        configure(programme, "{\"accepting\":true,\"selectionMode\":\"FIRST_COME\","
                + "\"questions\":{\"NATIONALITY\":\"REQUIRED\"}}");
        assertField(apply(programme, cohort, "<script>alert(1)</script>", "x-" + run + "@apply.test", "en",
                "{\"NATIONALITY\":\"Japan\"}"), 400, "displayName");
        assertField(apply(programme, cohort, "Ana", "x-" + run + "@apply.test", "en", "{}"), 400,
                "answers.NATIONALITY");
        assertField(apply(programme, cohort, "Ana", "not-mail", "en", "{\"NATIONALITY\":\"Japan\"}"), 400, "email");
        assertField(apply(programme, cohort, "A".repeat(201), "x-" + run + "@apply.test", "en",
                "{\"NATIONALITY\":\"Japan\"}"), 400, "displayName");
        assertField(apply(programme, cohort, "Ana", "x-" + run + "@apply.test", "en",
                "{\"NATIONALITY\":\"Japan\",\"SALARY\":\"1\"}"), 400, "answers.SALARY");
        assertEquals(400, new Http(base).send("POST", "/api/public/programmes/" + code(programme) + "/applications",
                JSON, "{\"cohortId\":\"many\"}").statusCode());
        assertEquals(0, Http.jsonArray(admin.get("/api/applications?programmeId=" + programme)).size());

        assertEquals(201, apply(programme, cohort, "Ana", "x-" + run + "@apply.test", "en",
                "{\"NATIONALITY\":\"Japan\"}").statusCode());
        assertField(apply(programme, cohort, "Ana again", "X-" + run + "@APPLY.test", "en",
                "{\"NATIONALITY\":\"Japan\"}"), 409, "email");
        assertEquals(1, Http.jsonArray(admin.get("/api/applications?programmeId=" + programme)).size());
    }

    @Test
    void approvingInOrderStopsWhenTheTermIsFullAndTheRestCanBeRejectedWithAReason() {
        long programme = programme(2);
        long cohort = firstCohort(programme);
        configure(programme, "{\"accepting\":true,\"selectionMode\":\"FIRST_COME\",\"questions\":{}}");
        for (String name : List.of("first", "second", "third")) {
            assertEquals(201, apply(programme, cohort, name, name + "-" + run + "@apply.test", "en", "{}")
                    .statusCode());
        }
        JsonObject inOrder = Http.json(admin.send("POST", "/api/cohorts/" + cohort + "/approvals", JSON, "",
                "X-CSRF-Token", token));
        assertEquals(2, inOrder.getInt("approved"));
        assertEquals("COHORT_FULL", inOrder.getString("stoppedBecause"));
        List<JsonObject> queue = Http.jsonArray(admin.get("/api/applications?programmeId=" + programme))
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("APPROVED", "APPROVED", "SUBMITTED"), queue.stream().map(a -> a.getString("status"))
                .toList(), "first come, first served by submission time");
        assertEquals("third", queue.get(2).getString("displayName"));

        long third = queue.get(2).getJsonNumber("id").longValue();
        HttpResponse<String> refused = admin.send("POST", "/api/applications/" + third + "/approval", JSON, "{}",
                "X-CSRF-Token", token);
        assertEquals(409, refused.statusCode());
        assertEquals("COHORT_FULL", Http.json(refused).getJsonArray("errors").getJsonObject(0).getString("code"));

        assertField(admin.send("POST", "/api/applications/" + third + "/rejection", JSON, "{\"reason\":\" \"}",
                "X-CSRF-Token", token), 400, "reason");
        HttpResponse<String> rejected = admin.send("POST", "/api/applications/" + third + "/rejection", JSON,
                "{\"reason\":\"The term is full; please apply for the next one.\"}", "X-CSRF-Token", token);
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertTrue(body(awaitMail("third-" + run + "@apply.test", "not approved")).contains("the next one"));
    }

    @Test
    void underSelectionEachApprovalCitesTheCriteriaAndARunWithTooFewApplicantsIsCancelled() throws Exception {
        long programme = programme(20);
        long cohort = firstCohort(programme);
        assertField(admin.send("PUT", "/api/programmes/" + programme + "/application-form", JSON,
                "{\"accepting\":true,\"selectionMode\":\"SELECTION\",\"minimumApplicants\":8}", "X-CSRF-Token",
                token), 400, "selectionCriteria");
        configure(programme, "{\"accepting\":true,\"selectionMode\":\"SELECTION\",\"minimumApplicants\":8,"
                + "\"selectionCriteria\":\"Job seekers first, then submission order.\",\"questions\":{}}");
        for (int i = 0; i < 3; i++) {
            assertEquals(201, apply(programme, cohort, "Applicant " + i, "sel" + i + "-" + run + "@apply.test", "ja",
                    "{}").statusCode());
        }
        long first = onlyApplications(programme).get(0).getJsonNumber("id").longValue();
        assertField(admin.send("POST", "/api/applications/" + first + "/approval", JSON, "{}", "X-CSRF-Token",
                token), 400, "selectionNote");

        HttpResponse<String> cancelled = admin.send("POST", "/api/cohorts/" + cohort + "/cancellation", JSON,
                "{\"reason\":\"Only 3 people applied.\"}", "X-CSRF-Token", token);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals(3, Http.json(cancelled).getInt("applicationsCancelled"));
        assertTrue(onlyApplications(programme).stream().allMatch(a -> a.getString("status").equals("CANCELLED")));
        MimeMessage notice = awaitMail("sel2-" + run + "@apply.test", "中止");
        assertEquals(0, Optional.ofNullable(notice.getRecipients(Message.RecipientType.TO)).map(r -> List.of(r)
                .stream().filter(a -> a.toString().contains("@apply.test")).count()).orElse(0L),
                "applicants are blind copies and cannot see each other");
        assertEquals(409, admin.send("POST", "/api/cohorts/" + cohort + "/cancellation", JSON,
                "{\"reason\":\"again\"}", "X-CSRF-Token", token).statusCode());
        assertEquals(404, new Http(base).get("/api/public/programmes/" + code(programme) + "/application-form")
                .statusCode(), "no term takes applications any more");
    }

    @Test
    void aCompanyManagerDownloadsNewOneTimePasswordsForTheirPeopleWhoHaveNotSignedIn() {
        long programme = programme(5);
        long cohort = firstCohort(programme);
        configure(programme, "{\"accepting\":true,\"selectionMode\":\"FIRST_COME\",\"questions\":{}}");
        apply(programme, cohort, "Employee " + run, "emp-" + run + "@apply.test", "id", "{}");
        Http manager = Http.browserLike(base);
        String managerToken = Http.json(signIn(manager, "demo-manager")).getString("csrfToken");
        long company = Http.jsonArray(manager.get("/api/organisations")).getJsonObject(0).getJsonNumber("id")
                .longValue();
        long id = onlyApplication(programme).getJsonNumber("id").longValue();
        assertEquals(200, admin.send("POST", "/api/applications/" + id + "/approval", JSON,
                "{\"organisationId\":" + company + "}", "X-CSRF-Token", token).statusCode());

        HttpResponse<String> sheet = manager.send("POST", "/api/organisations/" + company + "/credentials", JSON, "",
                "X-CSRF-Token", managerToken);
        assertEquals(200, sheet.statusCode(), sheet.body());
        assertTrue(sheet.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(sheet.body().startsWith("\uFEFF"), "a BOM, so Excel reads UTF-8");
        String line = sheet.body().lines().filter(l -> l.startsWith(code(programme) + "-0001")).findFirst()
                .orElseThrow(() -> new AssertionError(sheet.body()));
        String password = line.substring(line.lastIndexOf(',') + 1);
        assertEquals(200, Http.browserLike(base).send("POST", "/api/session", JSON, "{\"loginId\":\""
                + code(programme) + "-0001\",\"password\":\"" + password + "\"}").statusCode());

        Http learner = Http.browserLike(base);
        String learnerToken = Http.json(signIn(learner, "demo-learner")).getString("csrfToken");
        assertEquals(403, learner.send("POST", "/api/organisations/" + company + "/credentials", JSON, "",
                "X-CSRF-Token", learnerToken).statusCode());
        assertEquals(404, manager.send("POST", "/api/organisations/999999999/credentials", JSON, "",
                "X-CSRF-Token", managerToken).statusCode());
    }

    @Test
    void onlyAdministratorsReachTheQueueAndTheFormSettings() {
        Http learner = Http.browserLike(base);
        String learnerToken = Http.json(signIn(learner, "demo-learner")).getString("csrfToken");
        Http manager = Http.browserLike(base);
        String managerToken = Http.json(signIn(manager, "demo-manager")).getString("csrfToken");
        Http anonymous = new Http(base);
        for (String[] route : new String[][] {{"GET", "/api/applications"}, {"GET", "/api/applications/1"},
                {"POST", "/api/applications/1/approval"}, {"POST", "/api/applications/1/rejection"},
                {"GET", "/api/programmes/1/application-form"}, {"PUT", "/api/programmes/1/application-form"},
                {"PUT", "/api/programmes/1/invitations"}, {"POST", "/api/cohorts/1/approvals"},
                {"POST", "/api/cohorts/1/cancellation"}}) {
            assertEquals(403, learner.send(route[0], route[1], JSON, "{}", "X-CSRF-Token", learnerToken).statusCode(),
                    "learner " + route[1]);
            assertEquals(403, manager.send(route[0], route[1], JSON, "{}", "X-CSRF-Token", managerToken).statusCode(),
                    "manager " + route[1]);
            HttpResponse<String> refused = route[0].equals("GET") ? anonymous.get(route[1])
                    : anonymous.send(route[0], route[1], JSON, "{}");
            assertEquals(401, refused.statusCode(), "anonymous " + route[1] + " " + refused.body());
        }
    }

    @Test
    void theSeededProgrammesTakeApplicationsWithTheirOwnQuestions() {
        JsonObject kagoshima = Http.json(new Http(base).get(
                "/api/public/programmes/kagoshima-japanese-2026/application-form"));
        assertTrue(kagoshima.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .anyMatch(q -> q.getString("name").equals("RESIDENCE_STATUS") && q.getBoolean("required")));
        JsonObject miyagi = Http.json(new Http(base).get("/api/public/programmes/miyagi-it-2026/application-form"));
        assertEquals("SELECTION", miyagi.getString("selectionMode"));
        assertFalse(miyagi.getString("selectionCriteria").isBlank());
        assertEquals(404, new Http(base).get("/api/public/programmes/no-such-programme/application-form")
                .statusCode());
    }

    private long programme(int seats) {
        String code = "apply-" + run + "-" + UUID.randomUUID().toString().substring(0, 4);
        HttpResponse<String> created = admin.send("POST", "/api/programmes", JSON, "{\"code\":\"" + code
                + "\",\"name\":\"Applications " + run + "\",\"organisationCap\":\"NONE\"}", "X-CSRF-Token", token);
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        HttpResponse<String> term = admin.send("POST", "/api/programmes/" + id + "/cohorts", JSON,
                "{\"name\":\"Term\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2099-12-31\",\"seatLimit\":" + seats
                        + "}", "X-CSRF-Token", token);
        assertEquals(201, term.statusCode(), term.body());
        return id;
    }

    private String code(long programme) {
        return Http.json(admin.get("/api/programmes/" + programme)).getString("code");
    }

    private long firstCohort(long programme) {
        return Http.json(admin.get("/api/programmes/" + programme)).getJsonArray("cohorts").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private void configure(long programme, String settings) {
        HttpResponse<String> response = admin.send("PUT", "/api/programmes/" + programme + "/application-form", JSON,
                settings, "X-CSRF-Token", token);
        assertEquals(200, response.statusCode(), response.body());
    }

    private HttpResponse<String> apply(long programme, long cohort, String name, String email, String language,
                                       String answers) {
        return new Http(base).send("POST", "/api/public/programmes/" + code(programme) + "/applications", JSON,
                "{\"cohortId\":" + cohort + ",\"displayName\":\"" + name + "\",\"email\":\"" + email
                        + "\",\"language\":\"" + language + "\",\"answers\":" + answers + ",\"consent\":true}");
    }

    private JsonObject onlyApplication(long programme) {
        List<JsonObject> all = onlyApplications(programme);
        assertEquals(1, all.size());
        return all.get(0);
    }

    private List<JsonObject> onlyApplications(long programme) {
        return Http.jsonArray(admin.get("/api/applications?programmeId=" + programme)).getValuesAs(JsonObject.class);
    }

    private static MimeMessage awaitMail(String address, String text) {
        return Mailbox.await(MAIL, address, text);
    }

    private static String body(MimeMessage message) {
        return Mailbox.text(message);
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(Http.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("field").equals(field)), response.body());
    }

    private static HttpResponse<String> signIn(Http browser, String loginId) {
        return browser.send("POST", "/api/session", JSON,
                "{\"loginId\":\"" + loginId + "\",\"password\":\"" + DemoData.PASSWORD + "\"}");
    }
}
