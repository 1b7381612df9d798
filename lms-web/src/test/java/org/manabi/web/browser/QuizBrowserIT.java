package org.manabi.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.manabi.web.browser.Browser.Viewport;
import org.manabi.web.demo.DemoData;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner on a phone takes the sample quiz from its QUIZ lesson: one question per screen with the
 * server's countdown in view; Enter while the IME is composing does not move on, Enter after it
 * does; a review lists every answer before the one submission; the result shows the score and the
 * right answers, and the quiz page then shows the attempt and the learner's level by skill. An
 * instructor then sees the attempt and the item analysis on a desktop, and adds a bank item: refused
 * first, with the server's reason, for a key that is not an option.
 * Screenshots go to target/screenshots/quiz-*.png.
 */
class QuizBrowserIT extends DeployedServer {

    @Test
    void aLearnerTakesTheSampleQuizOnAPhone() {
        long lessonId = sampleQuizLesson();
        try (Browser browser = Browser.open(Viewport.PHONE, "ja")) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(base + "#/sign-in");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("loginId"))).sendKeys("demo-learner");
            driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=signed-in-as]")));
            // Signing in moves to the home page by itself; going elsewhere before that could be undone by it.
            wait.until(d -> !d.getCurrentUrl().contains("sign-in"));

            driver.get(base + "#/lesson/" + lessonId);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=lesson-start-quiz]")))
                    .click();
            WebElement rules = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=quiz-rules]")));
            assertTrue(rules.getText().contains("10分"), rules.getText());
            browser.screenshot("quiz-phone-ja-start");
            driver.findElement(By.cssSelector("[data-testid=quiz-start]")).click();

            WebElement timer = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=quiz-timer]")));
            assertTrue(timer.getText().matches("残り時間 (10:00|9:\\d\\d)"), timer.getText());
            position(wait, 1);
            assertTrue(driver.findElement(By.cssSelector("[data-testid=quiz-prompt] ruby rt")).getText()
                    .equals("がっこう"), "the prompt shows furigana");
            option(driver, "へ").click();
            Browser.assertFitsWidth(driver);
            browser.screenshot("quiz-phone-ja-question");
            next(driver);

            position(wait, 2);
            WebElement reading = driver.findElement(By.cssSelector("[data-testid=quiz-text-answer]"));
            reading.sendKeys("せんせい");
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript("const input = arguments[0];"
                    + "input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', isComposing: true, bubbles: true}));"
                    + "input.dispatchEvent(new CompositionEvent('compositionstart', {bubbles: true}));"
                    + "input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));", reading);
            assertEquals("2 / 6", positionText(driver), "Enter during IME composition stays on the question");
            js.executeScript("arguments[0].dispatchEvent(new CompositionEvent('compositionend', {bubbles: true}));",
                    reading);
            browser.screenshot("quiz-phone-ja-reading");
            reading.sendKeys(Keys.ENTER);
            position(wait, 3);

            option(driver, "正しい").click();
            next(driver);
            position(wait, 4);
            List<WebElement> blanks = driver.findElements(By.cssSelector(".quiz-blanks input"));
            blanks.get(0).sendKeys("は");
            blanks.get(1).sendKeys("で");
            next(driver);
            position(wait, 5);
            next(driver);
            position(wait, 6);
            option(driver, "パン").click();
            option(driver, "りんご").click();
            next(driver);

            WebElement review = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=quiz-review]")));
            assertEquals(6, review.findElements(By.cssSelector("li.quiz-review-done")).size(), review.getText());
            browser.screenshot("quiz-phone-ja-review");
            driver.findElement(By.cssSelector("[data-testid=quiz-submit]")).click();

            WebElement score = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=quiz-score]")));
            assertTrue(score.getText().contains("点中"), score.getText());
            assertTrue(score.getText().contains("合格"), score.getText());
            assertEquals(6, driver.findElements(By.cssSelector("[data-testid=quiz-results] > li")).size());
            Browser.assertFitsWidth(driver);
            browser.screenshot("quiz-phone-ja-result");

            driver.get(base + "#/quiz/sample-n5-particles");
            WebElement proficiency = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=quiz-proficiency]")));
            assertTrue(proficiency.getText().contains("文法") && proficiency.getText().contains("語彙"),
                    proficiency.getText());
            assertTrue(driver.findElement(By.cssSelector("[data-testid=quiz-rules]")).getText().contains("3回中1回"),
                    "the attempt counts against the limit");
            browser.screenshot("quiz-phone-ja-history");
        }
        try (Browser browser = Browser.open(Viewport.DESKTOP, "en")) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(base + "#/sign-in");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("loginId"))).sendKeys("demo-instructor");
            driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=signed-in-as]")));
            wait.until(d -> !d.getCurrentUrl().contains("sign-in"));
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[data-route=quiz-admin]"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[data-testid=quiz-results-sample-n5-particles]"))).click();
            WebElement analysis = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=item-analysis]")));
            assertEquals(6, analysis.findElements(By.cssSelector("tbody tr")).size(), analysis.getText());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=bank-list] li")));
            browser.screenshot("quiz-desktop-en-instructor");

            driver.findElement(By.cssSelector("[data-testid=bank-new]")).click();
            WebElement tags = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=item-tags]")));
            tags.sendKeys("browser-made");
            WebElement body = driver.findElement(By.cssSelector("[data-testid=item-body]"));
            String template = body.getAttribute("value");
            body.clear();
            body.sendKeys(template.replace("\"correctId\": \"a\"", "\"correctId\": \"z\""));
            driver.findElement(By.cssSelector("[data-testid=item-save]")).click();
            WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=item-message]")));
            wait.until(d -> !problem.getText().isBlank());
            assertTrue(problem.getText().contains("correctId"), "the server's reason is shown: " + problem.getText());
            body.clear();
            body.sendKeys(template);
            driver.findElement(By.cssSelector("[data-testid=item-save]")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid=item-editor]")));
            driver.findElement(By.cssSelector("[data-testid=bank-tag]")).sendKeys("browser-made", Keys.ENTER);
            wait.until(d -> d.findElements(By.cssSelector("[data-testid=bank-list] li.bank-item")).size() == 1);
            browser.screenshot("quiz-desktop-en-bank");
        }
    }

    private long sampleQuizLesson() {
        Http admin = Http.browserLike(base);
        signInAsDemo(admin, "demo-admin");
        long courseId = Http.jsonArray(admin.get("/api/authoring/courses")).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("SAMPLE-QUIZ-N5")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        return Http.json(admin.get("/api/courses/" + courseId)).getJsonArray("sections").getJsonObject(0)
                .getJsonArray("lessons").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("kind").equals("QUIZ")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static WebElement option(WebDriver driver, String text) {
        return driver.findElements(By.cssSelector(".quiz-option")).stream()
                .filter(o -> o.getText().contains(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    }

    private static void next(WebDriver driver) {
        driver.findElement(By.cssSelector("[data-testid=quiz-next]")).click();
    }

    private static String positionText(WebDriver driver) {
        return driver.findElement(By.cssSelector("[data-testid=quiz-position]")).getText().split(" · ")[0]
                .replaceAll("[^0-9]+", " ").trim().replaceAll("(\\d+) (\\d+)", "$2 / $1");
    }

    /** Waits for the question; the screen is redrawn on each move, so an element may go stale meanwhile. */
    private static void position(WebDriverWait wait, int number) {
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(d -> positionText(d).equals(number + " / 6"));
    }
}
