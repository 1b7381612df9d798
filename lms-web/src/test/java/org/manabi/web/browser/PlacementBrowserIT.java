package org.manabi.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.manabi.web.browser.Browser.Viewport;
import org.manabi.web.demo.DemoData;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner on a phone, in Vietnamese, finds their level from the home page: answers three
 * questions one screen at a time (the progress reads "1 / 20", "2 / 20" ...), the rest are answered
 * through the API to keep the test short, then the result screen makes the study plan and the plan
 * shows this week and the coming weeks.
 */
class PlacementBrowserIT extends DeployedServer {

    private static final String JSON = "application/json";

    @Test
    void aLearnerTakesPlacementItemsOnAPhoneAndViewsTheirPlan() {
        try (Browser browser = Browser.open(Viewport.PHONE, "vi")) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get(base + "#/sign-in");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("loginId"))).sendKeys("demo-learner");
            driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=signed-in-as]")));
            wait.until(ExpectedConditions.or(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=home-placement]")),
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=home-study-plan]"))));
            browser.screenshot("phone-vi-placement-home");

            driver.get(base + "#/placement");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=placement-start]")));
            Browser.assertFitsWidth(driver);
            assertFalse(driver.findElement(By.tagName("main")).getText().contains("null"), "no missing part shows as text");
            browser.screenshot("phone-vi-placement-intro");
            driver.findElement(By.cssSelector("[data-testid=placement-start]")).click();

            String previous = null;
            for (int n = 1; n <= 3; n++) {
                final int number = n;
                wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=placement-progress]"), number + " / 20"));
                String prompt = driver.findElement(By.cssSelector(".placement-prompt")).getText();
                assertNotEquals(previous, prompt, "a new question each time");
                previous = prompt;
                assertEquals(4, driver.findElements(By.cssSelector(".placement-option")).size());
                driver.findElement(By.cssSelector("[data-testid=placement-next]")).click();
                assertEquals("Hãy chọn một đáp án trước.", driver.findElement(By.cssSelector(
                        "[data-testid=placement-question] .field-error")).getText(), "nothing chosen yet");
                driver.findElement(By.cssSelector("[data-testid=placement-option-b]")).click();
                if (n == 2) {
                    Browser.assertFitsWidth(driver);
                    browser.screenshot("phone-vi-placement-question");
                }
                driver.findElement(By.cssSelector("[data-testid=placement-next]")).click();
            }
            wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=placement-progress]"), "4 / 20"));

            finishThroughTheApi();
            driver.get(base + "#/home");
            driver.get(base + "#/placement");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=placement-start]")));
            driver.findElement(By.cssSelector("a[href^='#/placement?result=']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=placement-result]")));
            assertTrue(driver.findElement(By.cssSelector(".placement-level")).getText().startsWith("Trình độ hiện tại:"));
            Browser.assertFitsWidth(driver);
            browser.screenshot("phone-vi-placement-result");

            driver.findElement(By.id("field-hoursPerWeek")).clear();
            driver.findElement(By.id("field-hoursPerWeek")).sendKeys("0");
            driver.findElement(By.cssSelector("[data-testid=plan-save]")).click();
            wait.until(ExpectedConditions.textToBe(By.id("field-hoursPerWeek-error"), "Nhập số giờ mỗi tuần từ 1 đến 60."));
            driver.findElement(By.id("field-hoursPerWeek")).clear();
            driver.findElement(By.id("field-hoursPerWeek")).sendKeys("6");
            driver.findElement(By.cssSelector("[data-testid=plan-save]")).click();

            wait.until(ExpectedConditions.urlContains("#/study-plan"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=plan-summary]")));
            assertTrue(driver.findElement(By.cssSelector("[data-testid=plan-summary]")).getText().contains("6 giờ mỗi tuần"),
                    driver.findElement(By.cssSelector("[data-testid=plan-summary]")).getText());
            assertTrue(!driver.findElements(By.cssSelector("details.plan-week")).isEmpty()
                    || !driver.findElements(By.cssSelector("[data-testid=plan-this-week]")).isEmpty(), "weeks are shown");
            assertFalse(driver.findElement(By.tagName("main")).getText().contains("null"), "no missing part shows as text");
            Browser.assertFitsWidth(driver);
            browser.screenshot("phone-vi-study-plan");
        }
    }

    /** The remaining answers, as the same learner, through the API; always option "a". */
    private void finishThroughTheApi() {
        Http api = Http.browserLike(base);
        String token = Http.json(signInAsDemo(api, "demo-learner")).getString("csrfToken");
        JsonObject attempt = Http.json(api.get("/api/me/placement/latest"));
        long id = attempt.getJsonNumber("id").longValue();
        while (!attempt.getBoolean("finished")) {
            String itemId = attempt.getJsonObject("question").getString("itemId");
            attempt = Http.json(api.send("POST", "/api/me/placement/" + id + "/answers", JSON,
                    jakarta.json.Json.createObjectBuilder().add("itemId", itemId).add("optionId", "a").build()
                            .toString(), "X-CSRF-Token", token));
        }
    }
}
