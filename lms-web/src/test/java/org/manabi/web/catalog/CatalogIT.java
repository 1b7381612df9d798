package org.manabi.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;

/**
 * The catalog through the real WAR: an instructor's draft stays private, publication makes it
 * searchable in Japanese however it is typed, a learner reads a lesson with furigana and records
 * progress, packages are imported whole or refused whole, and bad input is a 400 naming the field.
 */
class CatalogIT extends DeployedServer {

    private static final String JSON = "application/json";

    private Http instructor;
    private String instructorToken;
    private Http learner;
    private String learnerToken;

    @BeforeEach
    void signIn() {
        instructor = Http.browserLike(base);
        instructorToken = Http.json(signInAsDemo(instructor, "demo-instructor")).getString("csrfToken");
        learner = Http.browserLike(base);
        learnerToken = Http.json(signInAsDemo(learner, "demo-learner")).getString("csrfToken");
    }

    @Test
    void aPublishedCourseIsFoundInJapaneseAndReadWithFurigana() throws InterruptedException {
        String code = uniqueCode("KAGO");
        String marker = "ｍａｒｋｅｒ" + code.substring(5).toLowerCase();
        HttpResponse<String> created = instructor.send("POST", "/api/authoring/courses", JSON,
                course(code, "鹿児島の介護の日本語", "{鹿児島|かごしま}で はたらく。" + marker),
                "X-CSRF-Token", instructorToken);
        assertEquals(201, created.statusCode(), created.body());
        long courseId = Http.json(created).getJsonNumber("id").longValue();

        assertEquals(404, learner.get("/api/courses/" + courseId).statusCode(), "a draft is not shown to learners");
        assertEquals(0, searchTotal(learner, "q=" + enc(marker.substring(0, 6) + code.substring(5).toLowerCase())),
                "nor found by them");

        HttpResponse<String> published = instructor.send("POST", "/api/authoring/courses/" + courseId
                + "/publication", JSON, "", "X-CSRF-Token", instructorToken);
        assertEquals(200, published.statusCode(), published.body());

        String markerQuery = "q=" + enc(marker);
        waitUntilFound(learner, markerQuery);
        for (String typed : List.of("かごしま", "鹿児島", "kagoshima", "カゴシマ")) {
            JsonObject results = Http.json(learner.get("/api/search?kind=COURSE&q=" + enc(typed) + "&limit=100"));
            assertTrue(results.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                    .anyMatch(hit -> hit.getJsonNumber("courseId").longValue() == courseId),
                    () -> typed + " should find the course: " + results);
        }
        JsonObject facets = Http.json(learner.get("/api/search?" + markerQuery)).getJsonObject("facets");
        assertTrue(facets.getJsonArray("category").toString().contains("DIALECT"), facets.toString());

        JsonObject outline = Http.json(learner.get("/api/courses/" + courseId));
        long lessonId = outline.getJsonNumber("nextLessonId").longValue();
        JsonObject lesson = Http.json(learner.get("/api/lessons/" + lessonId));
        assertTrue(lesson.getString("html").contains("<ruby>鹿児島<rp>(</rp><rt>かごしま</rt><rp>)</rp></ruby>"),
                lesson.getString("html"));
        HttpResponse<String> done = learner.send("POST", "/api/lessons/" + lessonId + "/completion", JSON, "",
                "X-CSRF-Token", learnerToken);
        assertEquals(200, done.statusCode(), done.body());
        JsonObject after = Http.json(learner.get("/api/courses/" + courseId));
        assertEquals(1, after.getInt("completedLessons"));
        assertTrue(after.getBoolean("started"));
    }

    @Test
    void aPackageIsImportedWholeOrRefusedWithEveryProblem() throws IOException {
        String code = uniqueCode("PKG");
        byte[] good = zip(Map.of("manifest.json", manifest(code, "lessons/01.md"),
                "lessons/01.md", "# はじめに\n\n{情報|じょうほう}セキュリティの きほん。\n"));
        HttpResponse<String> imported = upload(good);
        assertEquals(201, imported.statusCode(), imported.body());
        assertEquals(code, Http.json(imported).getString("code"));

        String refusedCode = uniqueCode("BAD");
        byte[] hostile = zip(Map.of("manifest.json", manifest(refusedCode, "lessons/01.md").replace("\"ja\"", "\"xx\""),
                "lessons/01.md", "ok", "../escape.md", "zip slip"));
        HttpResponse<String> refused = upload(hostile);
        assertEquals(400, refused.statusCode(), refused.body());
        String errors = Http.json(refused).getJsonArray("errors").toString();
        assertTrue(errors.contains("Path"), errors);
        assertFalse(Http.jsonArray(instructor.get("/api/authoring/courses")).toString().contains(refusedCode),
                "nothing of a refused package was written");

        HttpResponse<String> notZip = instructor.sendBody("POST", "/api/course-packages", "application/zip",
                HttpRequest.BodyPublishers.ofString("not a zip"), "X-CSRF-Token", instructorToken);
        assertEquals(400, notZip.statusCode());
        assertTrue(notZip.body().contains("NotZip"), notZip.body());
    }

    @Test
    void badInputIsA400NamingTheField() {
        assertField(learner.get("/api/search?limit=1000"), "limit");
        assertField(learner.get("/api/search?category=SPACE"), "category");
        assertField(learner.get("/api/search?q=" + "あ".repeat(201)), "q");
        assertEquals(200, learner.get("/api/search?q=" + enc("\"(情報 AND *:* ) OR ~")).statusCode(),
                "query syntax is taken as text");

        String code = uniqueCode("BADURL");
        String invalid = course(code, "リンク", "本文").replace("\"kind\":\"TEXT\"", "\"kind\":\"LINK\",\"url\":\"javascript:alert(1)\"");
        HttpResponse<String> refused = instructor.send("POST", "/api/authoring/courses", JSON, invalid,
                "X-CSRF-Token", instructorToken);
        assertField(refused, "sections[0].lessons[0].url");
    }

    @Test
    void onlyAuthorsWriteAndLessonsNeedAnAccount() {
        assertEquals(403, learner.send("POST", "/api/authoring/courses", JSON, course(uniqueCode("NO"), "x", "y"),
                "X-CSRF-Token", learnerToken).statusCode());
        assertEquals(403, learner.get("/api/search/index").statusCode());
        Http anonymous = new Http(base);
        assertEquals(401, anonymous.get("/api/authoring/courses").statusCode());
        assertEquals(200, anonymous.get("/api/search?q=" + enc("日本語")).statusCode(), "anyone may search");
        assertEquals(401, anonymous.get("/api/lessons/1").statusCode());
    }

    /**
     * The bundled library arrives in the background after start-up: every JLPT course and starter
     * package becomes searchable by anyone, without an administrator doing anything.
     */
    @Test
    void theBundledLibraryIsInstalledAfterStartUp() throws InterruptedException {
        Http anyone = Http.browserLike(base);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (searchTotal(anyone, "kind=COURSE&q=" + enc("JLPT N2")) == 0
                || searchTotal(anyone, "kind=COURSE&q=" + enc("鹿児島弁")) == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the bundled library was not installed within 120 s");
            }
            Thread.sleep(500);
        }
        assertTrue(searchTotal(anyone, "kind=COURSE&q=" + enc("ITパスポート")) > 0, "a starter package is installed too");
    }

    private HttpResponse<String> upload(byte[] zip) {
        return instructor.sendBody("POST", "/api/course-packages", "application/zip",
                HttpRequest.BodyPublishers.ofByteArray(zip), "X-CSRF-Token", instructorToken);
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(Http.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("field").equals(field)), () -> field + " not named in " + response.body());
    }

    private static long searchTotal(Http client, String query) {
        return Http.json(client.get("/api/search?" + query)).getJsonNumber("total").longValue();
    }

    /** The index refreshes in the background, well under a second after the commit. */
    private static void waitUntilFound(Http client, String query) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (searchTotal(client, query) == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not found within 10 s: " + query);
            }
            Thread.sleep(100);
        }
    }

    private static String course(String code, String title, String body) {
        return "{\"code\":\"" + code + "\",\"title\":\"" + title + "\",\"summary\":\"介護の現場で使う鹿児島弁\","
                + "\"language\":\"ja\",\"category\":\"DIALECT\",\"level\":\"BEGINNER\",\"tags\":[\"方言\"],"
                + "\"estimatedHours\":1.5,\"sections\":[{\"title\":\"あいさつ\",\"lessons\":[{\"kind\":\"TEXT\","
                + "\"title\":\"あいさつの ことば\",\"body\":\"" + body + "\",\"minutes\":10}]}]}";
    }

    private static String manifest(String code, String lessonFile) {
        return "{\"format\":\"manabi-course/1\",\"code\":\"" + code + "\",\"title\":\"情報セキュリティ入門\","
                + "\"language\":\"ja\",\"category\":\"COMPLIANCE\",\"level\":\"BEGINNER\",\"estimatedHours\":1,"
                + "\"sections\":[{\"title\":\"基本\",\"lessons\":[{\"kind\":\"TEXT\",\"title\":\"はじめに\","
                + "\"file\":\"" + lessonFile + "\",\"minutes\":10}]}]}";
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
