package org.manabi.web.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;

/**
 * Assessment through the API of the deployed WAR: an instructor adds items to the bank and makes a
 * quiz; a learner takes it. The paper carries no answers; asking for the result before submitting,
 * touching someone else's attempt, submitting twice and answering after submitting are refused with
 * problem+json naming the reason; the instructor sees the attempt and the item analysis; learners
 * cannot reach the bank. The sample quiz named by the demo course's QUIZ lesson is there.
 */
class AssessmentIT extends DeployedServer {

    private static final String JSON = "application/json";

    @Test
    void anInstructorMakesAQuizAndALearnerTakesItWithoutSeeingTheAnswersFirst() {
        Http instructor = Http.browserLike(base);
        String instructorToken = Http.json(signInAsDemo(instructor, "demo-instructor")).getString("csrfToken");

        HttpResponse<String> bad = instructor.send("POST", "/api/assessment/items", JSON,
                "{\"type\":\"SINGLE_CHOICE\",\"body\":{\"prompt\":\"x\",\"options\":[{\"id\":\"a\",\"text\":\"1\"},"
                        + "{\"id\":\"b\",\"text\":\"2\"}],\"correctId\":\"z\"},\"difficulty\":1}",
                "X-CSRF-Token", instructorToken);
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("body", Http.json(bad).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(bad.body().contains("correctId"), bad.body());

        String tag = "it-" + UUID.randomUUID().toString().substring(0, 8);
        long choice = item(instructor, instructorToken, "{\"type\":\"SINGLE_CHOICE\",\"body\":{\"prompt\":"
                + "\"{学校|がっこう}（　）行きます。\",\"options\":[{\"id\":\"a\",\"text\":\"を\"},{\"id\":\"b\","
                + "\"text\":\"へ\"}],\"correctId\":\"b\"},\"skill\":\"grammar\",\"tags\":[\"" + tag + "\"],"
                + "\"level\":\"N5\",\"difficulty\":1}");
        long reading = item(instructor, instructorToken, "{\"type\":\"KANJI_READING\",\"body\":{\"prompt\":"
                + "\"読み方\",\"word\":\"先生\",\"readings\":[\"せんせい\"]},\"skill\":\"vocabulary\",\"tags\":[\""
                + tag + "\"],\"level\":\"N5\",\"difficulty\":2}");
        HttpResponse<String> found = instructor.get("/api/assessment/items?tag=" + tag + "&type=KANJI_READING");
        assertEquals(1, Http.jsonArray(found).size(), found.body());
        assertTrue(Http.jsonArray(instructor.get("/api/assessment/items?tag=" + tag)).getJsonObject(1)
                .getJsonObject("body").getString("promptHtml").contains("<ruby>"), "prompts render furigana");

        String code = "quiz-" + tag;
        HttpResponse<String> quiz = instructor.send("POST", "/api/assessment/quizzes", JSON, "{\"code\":\"" + code
                + "\",\"title\":\"IT quiz\",\"timeLimitMinutes\":15,\"maxAttempts\":2,\"passPercent\":50,"
                + "\"feedback\":\"IMMEDIATE\",\"items\":[{\"bankItemId\":" + choice + ",\"points\":1},"
                + "{\"bankItemId\":" + reading + ",\"points\":2}]}", "X-CSRF-Token", instructorToken);
        assertEquals(201, quiz.statusCode(), quiz.body());
        long quizId = Http.json(quiz).getJsonNumber("id").longValue();
        HttpResponse<String> taken = instructor.send("POST", "/api/assessment/quizzes", JSON, "{\"code\":\"" + code
                + "\",\"title\":\"Again\",\"passPercent\":50,\"items\":[{\"bankItemId\":" + choice
                + ",\"points\":1}]}", "X-CSRF-Token", instructorToken);
        assertEquals(400, taken.statusCode(), taken.body());
        assertEquals("code", Http.json(taken).getJsonArray("errors").getJsonObject(0).getString("field"));

        Http learner = Http.browserLike(base);
        String token = Http.json(signInAsDemo(learner, "demo-learner")).getString("csrfToken");
        assertEquals(403, learner.get("/api/assessment/items").statusCode(), "learners cannot read the bank");
        JsonObject status = Http.json(learner.get("/api/assessment/quiz/" + code));
        assertEquals(2, status.getInt("itemCount"));
        assertEquals(0, status.getInt("attemptsUsed"));

        HttpResponse<String> started = learner.send("POST", "/api/assessment/quiz/" + code + "/attempts", JSON, "{}",
                "X-CSRF-Token", token);
        assertEquals(200, started.statusCode(), started.body());
        JsonObject paper = Http.json(started);
        long attempt = paper.getJsonNumber("attemptId").longValue();
        assertTrue(paper.containsKey("closesAt") && paper.containsKey("serverNow"), paper.toString());
        assertFalse(started.body().contains("correctId") || started.body().contains("せんせい")
                || started.body().contains("readings"), "no answer on the paper: " + started.body());

        assertRefused(learner.get("/api/assessment/attempts/" + attempt + "/result"), 409, "not-submitted");
        assertRefused(instructor.send("PUT", "/api/assessment/attempts/" + attempt + "/answers/0", JSON,
                "{\"answer\":\"a\"}", "X-CSRF-Token", instructorToken), 403, "not-your-attempt");
        assertRefused(instructor.send("POST", "/api/assessment/attempts/" + attempt + "/submission", JSON, "{}",
                "X-CSRF-Token", instructorToken), 403, "not-your-attempt");

        HttpResponse<String> saved = learner.send("PUT", "/api/assessment/attempts/" + attempt + "/answers/0", JSON,
                "{\"answer\":\"b\"}", "X-CSRF-Token", token);
        assertEquals(204, saved.statusCode(), saved.body());
        assertEquals("b", Http.json(learner.get("/api/assessment/attempts/" + attempt)).getJsonArray("items")
                .getJsonObject(0).getString("answer"), "the saved answer comes back");
        HttpResponse<String> submitted = learner.send("POST", "/api/assessment/attempts/" + attempt + "/submission",
                JSON, "{\"answers\":{\"1\":\"せんせー\"}}", "X-CSRF-Token", token);
        assertEquals(200, submitted.statusCode(), submitted.body());
        JsonObject result = Http.json(submitted);
        assertEquals(3.0, result.getJsonObject("summary").getJsonNumber("score").doubleValue(), 1e-9,
                "せんせー is read as せんせい");
        assertTrue(result.getJsonObject("summary").getBoolean("passed"));
        assertEquals("b", result.getJsonArray("items").getJsonObject(0).getJsonObject("solution")
                .getString("correctId"), "the solution comes after submitting");

        assertRefused(learner.send("POST", "/api/assessment/attempts/" + attempt + "/submission", JSON, "{}",
                "X-CSRF-Token", token), 409, "already-submitted");
        assertRefused(learner.send("PUT", "/api/assessment/attempts/" + attempt + "/answers/0", JSON,
                "{\"answer\":\"a\"}", "X-CSRF-Token", token), 409, "already-submitted");

        HttpResponse<String> list = instructor.get("/api/assessment/quizzes");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"" + code + "\"") && list.body().contains("sample-n5-particles"), list.body());
        HttpResponse<String> attempts = instructor.get("/api/assessment/quizzes/" + quizId + "/attempts");
        assertEquals(1, Http.jsonArray(attempts).size(), attempts.body());
        JsonObject analysis = Http.json(instructor.get("/api/assessment/quizzes/" + quizId + "/analysis"));
        assertEquals(1, analysis.getInt("attempts"));
        assertEquals(1, analysis.getJsonArray("items").getJsonObject(0).getJsonArray("options").getJsonObject(1)
                .getInt("chosen"), "option b was chosen once");
        HttpResponse<String> proficiency = learner.get("/api/assessment/me/proficiency");
        assertTrue(proficiency.body().contains("\"grammar\""), proficiency.body());
        assertEquals(403, learner.get("/api/assessment/quizzes/" + quizId + "/analysis").statusCode());
        assertEquals(401, new Http(base).get("/api/assessment/quiz/" + code).statusCode());
    }

    @Test
    void theSampleQuizIsThereForTheDemoCourse() {
        Http learner = Http.browserLike(base);
        signInAsDemo(learner, "demo-learner");
        HttpResponse<String> sample = learner.get("/api/assessment/quiz/sample-n5-particles");
        assertEquals(200, sample.statusCode(), sample.body());
        assertEquals(6, Http.json(sample).getInt("itemCount"));
    }

    /**
     * The quiz after a bundled JLPT lesson is made from that lesson's words when first opened, and
     * the IT Passport practice sets arrive with the library; a made-up practice code is not found.
     */
    @Test
    void practiceQuizzesComeWithTheLibrary() throws InterruptedException {
        Http learner = Http.browserLike(base);
        String token = Http.json(signInAsDemo(learner, "demo-learner")).getString("csrfToken");
        HttpResponse<String> quiz = learner.get("/api/assessment/quiz/jlpt-practice.N5.VOCAB.1");
        assertEquals(200, quiz.statusCode(), quiz.body());
        int items = Http.json(quiz).getInt("itemCount");
        assertTrue(items >= 15 && items <= 20, "about twenty words a lesson: " + items);
        assertEquals(items, Http.json(learner.get("/api/assessment/quiz/jlpt-practice.N5.VOCAB.1")).getInt("itemCount"),
                "opened again, it is the same quiz");
        HttpResponse<String> started = learner.send("POST", "/api/assessment/quiz/jlpt-practice.N5.VOCAB.1/attempts",
                JSON, "{}", "X-CSRF-Token", token);
        assertTrue(started.statusCode() == 200 || started.statusCode() == 201, started.body());
        var first = Http.json(started).getJsonArray("items").getJsonObject(0).getJsonObject("item");
        assertEquals(4, first.getJsonArray("options").size(), first.toString());
        assertEquals(404, learner.get("/api/assessment/quiz/jlpt-practice.N5.VOCAB.9999").statusCode());
        assertEquals(404, learner.get("/api/assessment/quiz/jlpt-practice.N1.VOCAB.1").statusCode());

        Instant deadline = Instant.now().plusSeconds(120);
        HttpResponse<String> itp;
        while ((itp = learner.get("/api/assessment/quiz/ITP-TECHNOLOGY-1")).statusCode() == 404
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertEquals(200, itp.statusCode(), itp.body());
        assertEquals(10, Http.json(itp).getInt("itemCount"));
    }

    @Test
    void anInstructorImportsQtiItemsAfterAPreviewAndHostileOrBrokenUploadsStoreNothing() {
        Http instructor = Http.browserLike(base);
        String token = Http.json(signInAsDemo(instructor, "demo-instructor")).getString("csrfToken");
        String tag = "qti-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] item = qtiItem("q1", "<ruby>学校<rt>がっこう</rt></ruby>（　）行きます。", "").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> preview = qti(instructor, "/preview?name=q1.xml", "application/xml", item, token);
        assertEquals(200, preview.statusCode(), preview.body());
        JsonObject report = Http.json(preview);
        assertEquals(1, report.getJsonArray("imported").size(), preview.body());
        assertEquals(0, report.getJsonArray("refused").size(), preview.body());
        JsonObject shown = report.getJsonArray("imported").getJsonObject(0);
        assertEquals("SINGLE_CHOICE", shown.getString("type"));
        assertEquals("学校（　）行きます。", shown.getString("preview"), "furigana shown as the base text");
        assertEquals(0, Http.jsonArray(instructor.get("/api/assessment/items?tag=" + tag)).size(),
                "a preview stores nothing");

        HttpResponse<String> imported = qti(instructor, "?name=q1.xml&skill=grammar&level=n5&difficulty=2&tags="
                + tag, "application/xml", item, token);
        assertEquals(201, imported.statusCode(), imported.body());
        long id = Http.json(imported).getJsonArray("ids").getJsonNumber(0).longValue();
        var found = Http.jsonArray(instructor.get("/api/assessment/items?tag=" + tag));
        assertEquals(1, found.size(), found.toString());
        assertEquals(id, found.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("N5", found.getJsonObject(0).getString("level"));
        assertEquals(2, found.getJsonObject(0).getInt("difficulty"));

        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE assessmentItem [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
                + qtiItem("q2", "&xxe;", "");
        String hostileTag = tag + "-x";
        HttpResponse<String> hostile = qti(instructor, "?name=x.xml&tags=" + hostileTag, "application/xml",
                xxe.getBytes(StandardCharsets.UTF_8), token);
        assertRefused(hostile, 400, "nothing-to-import");
        assertTrue(hostile.body().contains("Doctype"), hostile.body());
        assertFalse(hostile.body().contains("root:"), hostile.body());
        assertEquals(0, Http.jsonArray(instructor.get("/api/assessment/items?tag=" + hostileTag)).size());
        HttpResponse<String> hostilePreview = qti(instructor, "/preview?name=x.xml", "application/xml",
                xxe.getBytes(StandardCharsets.UTF_8), token);
        assertEquals(200, hostilePreview.statusCode(), hostilePreview.body());
        assertEquals("Doctype", Http.json(hostilePreview).getJsonArray("refused").getJsonObject(0)
                .getJsonArray("reasons").getJsonObject(0).getString("code"));

        String keywords = IntStream.range(0, 20).mapToObj(i -> "<imsmd:keyword><imsmd:string>k" + i
                + "</imsmd:string></imsmd:keyword>").collect(Collectors.joining());
        String packageTag = tag + "-p";
        byte[] zip = zip(Map.of(
                "imsmanifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" "
                        + "xmlns:imsmd=\"http://ltsc.ieee.org/xsd/LOM\" identifier=\"pkg\"><organizations/><resources>"
                        + "<resource identifier=\"r1\" type=\"imsqti_item_xmlv2p1\" href=\"a.xml\"><file href=\"a.xml\"/></resource>"
                        + "<resource identifier=\"r2\" type=\"imsqti_item_xmlv2p1\" href=\"b.xml\"><metadata><imsmd:lom>"
                        + "<imsmd:general>" + keywords + "</imsmd:general></imsmd:lom></metadata><file href=\"b.xml\"/>"
                        + "</resource></resources></manifest>",
                "a.xml", qtiItem("a", "はい", ""),
                "b.xml", qtiItem("b", "いいえ", "")));
        HttpResponse<String> packagePreview = qti(instructor, "/preview?name=p.zip", "application/zip", zip, token);
        assertEquals(2, Http.json(packagePreview).getJsonArray("imported").size(), packagePreview.body());
        HttpResponse<String> tooManyTags = qti(instructor, "?name=p.zip&tags=" + packageTag, "application/zip", zip,
                token);
        assertRefused(tooManyTags, 400, "validation");
        assertTrue(tooManyTags.body().contains("items[1] b.xml tags"), tooManyTags.body());
        assertEquals(0, Http.jsonArray(instructor.get("/api/assessment/items?tag=" + packageTag)).size(),
                "the item that passed was not stored either");

        HttpResponse<String> text = qti(instructor, "/preview", "text/plain", item, token);
        assertEquals(415, text.statusCode(), text.body());
        HttpResponse<String> noToken = instructor.sendBody("POST", "/api/assessment/imports/qti/preview",
                "application/xml", HttpRequest.BodyPublishers.ofByteArray(item));
        assertEquals(403, noToken.statusCode(), noToken.body());

        Http learner = Http.browserLike(base);
        String learnerToken = Http.json(signInAsDemo(learner, "demo-learner")).getString("csrfToken");
        assertEquals(403, qti(learner, "/preview", "application/xml", item, learnerToken).statusCode());
        assertEquals(403, qti(learner, "?tags=" + tag, "application/xml", item, learnerToken).statusCode());
    }

    private static HttpResponse<String> qti(Http http, String pathAndQuery, String type, byte[] body, String token) {
        return http.sendBody("POST", "/api/assessment/imports/qti" + pathAndQuery, type,
                HttpRequest.BodyPublishers.ofByteArray(body), "X-CSRF-Token", token);
    }

    private static String qtiItem(String identifier, String prompt, String extra) {
        return """
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="%s" title="学校"
                    adaptive="false" timeDependent="false">
                  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                    <correctResponse><value>B</value></correctResponse>
                  </responseDeclaration>
                  <itemBody>%s
                    <choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">
                      <prompt>%s</prompt>
                      <simpleChoice identifier="A">を</simpleChoice>
                      <simpleChoice identifier="B">へ</simpleChoice>
                    </choiceInteraction>
                  </itemBody>
                </assessmentItem>
                """.formatted(identifier, extra, prompt);
    }

    private static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Test
    void malformedBodiesAreRefusedNamingTheField() {
        Http instructor = Http.browserLike(base);
        String token = Http.json(signInAsDemo(instructor, "demo-instructor")).getString("csrfToken");
        HttpResponse<String> nullItem = instructor.send("POST", "/api/assessment/quizzes", JSON,
                "{\"code\":\"nulls-" + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"title\":\"t\",\"passPercent\":60,\"items\":[null]}", "X-CSRF-Token", token);
        assertEquals(400, nullItem.statusCode(), nullItem.body());
        assertEquals("items[0]", Http.json(nullItem).getJsonArray("errors").getJsonObject(0).getString("field"));

        Http learner = Http.browserLike(base);
        String learnerToken = Http.json(signInAsDemo(learner, "demo-learner")).getString("csrfToken");
        HttpResponse<String> started = learner.send("POST", "/api/assessment/quiz/jlpt-practice.N5.KANJI.1/attempts",
                JSON, "{}", "X-CSRF-Token", learnerToken);
        assertTrue(started.statusCode() == 200 || started.statusCode() == 201, started.body());
        long attempt = Http.json(started).getJsonNumber("attemptId").longValue();
        HttpResponse<String> notAnObject = learner.send("POST", "/api/assessment/attempts/" + attempt + "/submission",
                JSON, "{\"answers\":5}", "X-CSRF-Token", learnerToken);
        assertEquals(400, notAnObject.statusCode(), notAnObject.body());
        assertEquals("answers", Http.json(notAnObject).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private static long item(Http instructor, String token, String body) {
        HttpResponse<String> created = instructor.send("POST", "/api/assessment/items", JSON, body,
                "X-CSRF-Token", token);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertEquals("urn:manabi:problem:" + code, Http.json(response).getString("type"), response.body());
    }
}
