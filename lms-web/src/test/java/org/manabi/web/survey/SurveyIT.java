package org.manabi.web.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;

/**
 * Surveys through the API of the deployed WAR: an administrator issues the standard surveys to a
 * cohort, learners answer once (a second answer and one after closing are refused), the results
 * count every answer, and the CSV and XLSX downloads read back cell by cell, without names for
 * an anonymous survey. Learners cannot read results; a company manager is asked only about their
 * own company.
 */
class SurveyIT extends DeployedServer {

    @Test
    void issuedAnsweredOnceClosedCountedAndExported() throws Exception {
        SurveyFixture f = new SurveyFixture(base);
        long satisfaction = f.issue("SATISFACTION", "");
        SurveyFixture.Person first = f.learners.get(0);
        SurveyFixture.Person second = f.learners.get(1);

        JsonObject mine = Http.jsonArray(first.http().get("/api/me/surveys")).getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("id").longValue() == satisfaction).findFirst().orElseThrow();
        assertFalse(mine.getBoolean("answered"));
        assertTrue(mine.getBoolean("anonymous"));
        assertEquals(6, mine.getJsonArray("questions").size());
        assertEquals("LIKERT", mine.getJsonArray("questions").getJsonObject(0).getString("kind"));

        HttpResponse<String> missing = first.post("/api/me/surveys/" + satisfaction + "/responses",
                "{\"answers\":[{\"question\":\"overall_satisfaction\",\"choices\":[\"9\"]}]}");
        assertEquals(400, missing.statusCode(), missing.body());
        assertEquals("answers.overall_satisfaction", Http.json(missing).getJsonArray("errors").getJsonObject(0)
                .getString("field"));

        assertEquals(201, first.post("/api/me/surveys/" + satisfaction + "/responses",
                satisfactionAnswers("5", "=SUM(A1:A9)")).statusCode());
        HttpResponse<String> again = first.post("/api/me/surveys/" + satisfaction + "/responses",
                satisfactionAnswers("1", ""));
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("urn:manabi:problem:already-answered", Http.json(again).getString("type"));
        assertEquals(201, second.post("/api/me/surveys/" + satisfaction + "/responses",
                satisfactionAnswers("4", "")).statusCode());
        assertTrue(Http.jsonArray(first.http().get("/api/me/surveys")).getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("id").longValue() == satisfaction).findFirst().orElseThrow()
                .getBoolean("answered"));

        JsonObject results = Http.json(f.admin.get("/api/surveys/" + satisfaction + "/results"));
        assertEquals(2, results.getInt("responses"));
        assertEquals(2, results.getInt("invited"));
        JsonObject overall = results.getJsonArray("questions").getJsonObject(0);
        assertEquals(4.5, overall.getJsonNumber("mean").doubleValue(), 1e-9);
        assertEquals(List.of(0, 0, 0, 1, 1), overall.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getInt("count")).toList());
        assertEquals(List.of("=SUM(A1:A9)"), results.getJsonArray("questions").getJsonObject(4)
                .getJsonArray("texts").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());

        List<CSVRecord> csv = csv(f, "/api/surveys/" + satisfaction + "/export.csv?lang=ja");
        assertEquals(List.of("no", "この研修全体に満足しましたか。", "研修の内容をどのくらい理解できましたか。",
                "内容の難しさはどうでしたか。", "学んだことは仕事や生活に役立つと思いますか。", "良かった点を教えてください。",
                "改善してほしい点を教えてください。"), csv.get(0).toList());
        assertEquals(3, csv.size());
        List<List<String>> answerRows = new ArrayList<>(List.of(csv.get(1).toList().subList(1, 7),
                csv.get(2).toList().subList(1, 7)));
        answerRows.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        assertEquals(List.of(List.of("4", "3", "ちょうどよかった", "4", "", ""),
                List.of("5", "3", "ちょうどよかった", "4", "'=SUM(A1:A9)", "")), answerRows,
                "a formula typed as an answer is neutralised");
        String everything = String.join(",", csv.stream().flatMap(r -> r.toList().stream()).toList());
        for (SurveyFixture.Person learner : f.learners) {
            assertFalse(everything.contains(learner.loginId()), "an anonymous export names nobody");
        }
        assertFalse(everything.contains("Santos"));

        try (XSSFWorkbook workbook = xlsx(f, "/api/surveys/" + satisfaction + "/export.xlsx?lang=en")) {
            List<List<String>> responses = rows(workbook.getSheet("Responses"));
            assertEquals(List.of("no", "How satisfied are you with this course overall?"),
                    responses.get(0).subList(0, 2));
            assertEquals(3, responses.size());
            assertTrue(responses.stream().anyMatch(r -> r.equals(List.of("1", "5", "3", "About right", "4",
                    "=SUM(A1:A9)")) || r.equals(List.of("2", "5", "3", "About right", "4", "=SUM(A1:A9)"))),
                    responses.toString());
            List<List<String>> summary = rows(workbook.getSheet("Summary"));
            assertEquals(List.of("question", "answer", "count", "share"), summary.get(0));
            assertEquals(List.of("responses", "", "2", "1"), summary.get(1));
            assertEquals(List.of("How satisfied are you with this course overall?", "Very satisfied", "1", "0.5"),
                    summary.get(6));
            assertEquals(List.of("How satisfied are you with this course overall?", "mean", "4.5"), summary.get(7));
        }

        HttpResponse<String> closed = f.adminPost("/api/surveys/" + satisfaction + "/close", "");
        assertEquals(200, closed.statusCode(), closed.body());
        assertFalse(Http.json(closed).getBoolean("open"));
        HttpResponse<String> late = second.post("/api/me/surveys/" + satisfaction + "/responses",
                satisfactionAnswers("3", ""));
        assertEquals(409, late.statusCode(), late.body());
        assertTrue(Http.jsonArray(first.http().get("/api/me/surveys")).getValuesAs(JsonObject.class).stream()
                .noneMatch(s -> s.getJsonNumber("id").longValue() == satisfaction), "a closed survey is not listed");

        long employment = f.issue("EMPLOYMENT", ",\"opensAt\":\"2026-01-01T00:00:00Z\",\"closesAt\":\"2099-01-01T00:00:00Z\"");
        assertEquals(201, second.post("/api/me/surveys/" + employment + "/responses", "{\"answers\":["
                + "{\"question\":\"employment_type\",\"choices\":[\"part_time\"]},"
                + "{\"question\":\"certifications\",\"choices\":[\"it_passport\",\"jlpt_n3\"]}]}").statusCode());
        JsonObject outcome = Http.json(f.admin.get("/api/surveys/" + employment + "/results")).getJsonObject("outcome");
        assertEquals(2, outcome.getInt("invited"));
        assertEquals(1, outcome.getInt("employed"));
        assertEquals(0.5, outcome.getJsonNumber("employmentRate").doubleValue(), 1e-9);
        List<CSVRecord> named = csv(f, "/api/surveys/" + employment + "/export.csv?lang=en");
        assertEquals(List.of("no", "submittedAt", "loginId", "name", "organisation"), named.get(0).toList().subList(0, 5));
        List<String> row = named.get(1).toList();
        assertEquals(List.of("1", second.loginId(), "'=Santos Maria", "Alpha " + f.suffix, "Part-time",
                "IT Passport; JLPT N3", ""), List.of(row.get(0), row.get(2), row.get(3), row.get(4), row.get(5),
                row.get(6), row.get(7)), "a named export says who answered, with formulas neutralised");

        HttpResponse<String> badWindow = f.adminPost("/api/surveys/standard", "{\"template\":\"COMPANY\",\"cohortId\":"
                + f.cohortId + ",\"opensAt\":\"2027-01-01T00:00:00Z\",\"closesAt\":\"2026-01-01T00:00:00Z\"}");
        assertEquals(400, badWindow.statusCode(), badWindow.body());
        assertEquals("closesAt", Http.json(badWindow).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, f.adminPost("/api/surveys/standard", "{\"template\":\"NOPE\",\"cohortId\":1}").statusCode());
        assertEquals(404, f.admin.get("/api/surveys/999999999/results").statusCode());
        assertEquals(400, f.admin.get("/api/surveys/" + satisfaction + "/export.csv?lang=xx").statusCode());
    }

    @Test
    void learnersCannotReadResultsAndManagersAreAskedAboutTheirOwnCompanyOnly() throws Exception {
        SurveyFixture f = new SurveyFixture(base);
        long company = f.issue("COMPANY", "");
        SurveyFixture.Person learner = f.learners.get(0);

        for (String path : List.of("/api/surveys", "/api/surveys/" + company, "/api/surveys/" + company + "/results",
                "/api/surveys/" + company + "/export.csv", "/api/surveys/" + company + "/export.xlsx")) {
            assertEquals(403, learner.http().get(path).statusCode(), path);
            assertEquals(403, f.alphaManager.http().get(path).statusCode(), path);
            assertEquals(401, new Http(base).get(path).statusCode(), path);
        }
        assertEquals(403, learner.post("/api/surveys/standard", "{\"template\":\"COMPANY\",\"cohortId\":"
                + f.cohortId + "}").statusCode());

        assertTrue(Http.jsonArray(learner.http().get("/api/me/surveys")).getValuesAs(JsonObject.class).stream()
                .noneMatch(s -> s.getJsonNumber("id").longValue() == company), "the company survey is for managers");
        assertTrue(Http.jsonArray(f.betaManager.http().get("/api/me/surveys")).getValuesAs(JsonObject.class).stream()
                .noneMatch(s -> s.getJsonNumber("id").longValue() == company), "Beta has nobody in the cohort");
        String answers = "{\"answers\":[{\"question\":\"skills_improved\",\"choices\":[\"4\"]},"
                + "{\"question\":\"company_satisfaction\",\"choices\":[\"5\"]},"
                + "{\"question\":\"use_again\",\"choices\":[\"yes\"]},"
                + "{\"question\":\"changes_seen\",\"choices\":[\"communication\",\"motivation\"]}]}";
        assertEquals(404, f.betaManager.post("/api/me/surveys/" + company + "/responses", answers).statusCode());
        assertEquals(404, learner.post("/api/me/surveys/" + company + "/responses", answers).statusCode());

        JsonObject mine = Http.jsonArray(f.alphaManager.http().get("/api/me/surveys")).getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getJsonNumber("id").longValue() == company).findFirst().orElseThrow();
        assertFalse(mine.getBoolean("anonymous"));
        assertEquals(201, f.alphaManager.post("/api/me/surveys/" + company + "/responses", answers).statusCode());
        JsonObject results = Http.json(f.admin.get("/api/surveys/" + company + "/results"));
        assertEquals(1, results.getInt("responses"));
        assertEquals(1, results.getInt("invited"), "only Alpha's manager is asked");
        assertTrue(Http.jsonArray(f.admin.get("/api/surveys")).getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getJsonNumber("id").longValue() == company && s.getInt("responses") == 1));
    }

    @Test
    void anAdministratorIssuesASurveyWrittenByHand() throws Exception {
        SurveyFixture f = new SurveyFixture(base);
        String question = "{\"code\":\"q1\",\"kind\":\"SINGLE_CHOICE\",\"promptJa\":\"質問\",\"promptEn\":\"Question\","
                + "\"required\":true,\"options\":[{\"code\":\"a\",\"labelJa\":\"あ\",\"labelEn\":\"A\"}]}";
        HttpResponse<String> refused = f.adminPost("/api/surveys", "{\"titleJa\":\"独自\",\"titleEn\":\"Own\","
                + "\"anonymous\":true,\"audience\":\"COHORT\",\"programmeId\":" + f.programmeId
                + ",\"questions\":[" + question + "]}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(List.of("cohortId", "questions[0].options"), Http.json(refused).getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).sorted().toList());

        HttpResponse<String> issued = f.adminPost("/api/surveys", "{\"titleJa\":\"独自\",\"titleEn\":\"Own\","
                + "\"anonymous\":false,\"audience\":\"COHORT\",\"programmeId\":" + f.programmeId + ",\"cohortId\":"
                + f.cohortId + ",\"questions\":[{\"code\":\"clear\",\"kind\":\"LIKERT\",\"promptJa\":\"分かりやすい\","
                + "\"promptEn\":\"Clear\",\"required\":true}]}");
        assertEquals(201, issued.statusCode(), issued.body());
        long id = Http.json(issued).getJsonNumber("id").longValue();
        JsonObject mine = Http.jsonArray(f.learners.get(0).http().get("/api/me/surveys")).getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(List.of("1", "2", "3", "4", "5"), mine.getJsonArray("questions").getJsonObject(0)
                .getJsonArray("options").getValuesAs(JsonObject.class).stream().map(o -> o.getString("code")).toList(),
                "a Likert question written without options gets the five points");
        assertEquals(201, f.learners.get(0).post("/api/me/surveys/" + id + "/responses",
                "{\"answers\":[{\"question\":\"clear\",\"choices\":[\"2\"]}]}").statusCode());
        assertEquals(2.0, Http.json(f.admin.get("/api/surveys/" + id + "/results")).getJsonArray("questions")
                .getJsonObject(0).getJsonNumber("mean").doubleValue(), 1e-9);
    }

    private static String satisfactionAnswers(String overall, String goodPoints) {
        return "{\"answers\":[{\"question\":\"overall_satisfaction\",\"choices\":[\"" + overall + "\"]},"
                + "{\"question\":\"comprehension\",\"choices\":[\"3\"]},"
                + "{\"question\":\"difficulty\",\"choices\":[\"about_right\"]},"
                + "{\"question\":\"usefulness\",\"choices\":[\"4\"]},"
                + "{\"question\":\"good_points\",\"text\":\"" + goodPoints + "\"}]}";
    }

    private static List<CSVRecord> csv(SurveyFixture f, String path) throws Exception {
        HttpResponse<byte[]> response = f.admin.sendForBytes("GET", path);
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        byte[] bytes = response.body();
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF));
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(reader).getRecords();
        }
    }

    private static XSSFWorkbook xlsx(SurveyFixture f, String path) throws Exception {
        HttpResponse<byte[]> response = f.admin.sendForBytes("GET", path);
        assertEquals(200, response.statusCode());
        assertEquals(SurveyResource.XLSX, response.headers().firstValue("Content-Type").orElseThrow());
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    /** Every row as the text Excel would show, trailing empty cells dropped. */
    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            rows.add(cells);
        }
        return rows;
    }
}
