package org.manabi.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.manabi.web.browser.Browser.Viewport;
import org.manabi.web.demo.DemoData;
import org.manabi.web.server.DeployedServer;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The daily review in a real Chromium. On a phone in Japanese a learner sees the due count on the
 * home page, starts the N5 vocabulary deck, shows answers and rates cards with the big buttons,
 * each showing its interval; the "left" count follows, and the screen fits 390 and 360 px. On a
 * desktop the keyboard does the same: space shows, 1 to 4 rate.
 */
class ReviewBrowserIT extends DeployedServer {

    private static final String DECK = "JLPT-N5-VOCAB";

    @Test
    void aLearnerReviewsOnAPhone() {
        try (Browser browser = Browser.open(Viewport.PHONE, "ja")) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = signIn(driver, "demo-learner");

            WebElement due = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=reviews-due]")));
            assertTrue(due.getText().contains("今日の復習"), due.getText());
            browser.screenshot("phone-ja-home-reviews-due");
            due.findElement(By.cssSelector("[data-testid=reviews-open]")).click();

            WebElement toggle = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[data-testid=deck-toggle-" + DECK + "]")));
            if (toggle.getText().equals("このデッキを学ぶ")) {
                toggle.click();
                wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=deck-toggle-" + DECK + "]"), "やめる"));
            }
            WebElement prompt = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=review-prompt]")));
            assertEquals("ja", prompt.getDomAttribute("lang"));
            int leftAtStart = left(driver);
            assertTrue(leftAtStart > 0, "the deck's new cards are due");
            Browser.assertFitsWidth(driver);
            browser.screenshot("phone-ja-review-prompt");

            String first = prompt.getText();
            driver.findElement(By.cssSelector("[data-testid=review-show]")).click();
            WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=review-answer]")));
            assertTrue(answer.getText().contains("意味"), answer.getText());
            assertTrue(answer.getText().contains("例文"), "the first N5 word comes with an example: " + answer.getText());
            List<WebElement> buttons = driver.findElements(By.cssSelector(".review-rate"));
            assertEquals(4, buttons.size());
            assertEquals("もう一度\n1分", buttons.get(0).getText());
            assertEquals("正解\n10分", buttons.get(2).getText());
            assertTrue(buttons.get(3).getText().endsWith("日"), buttons.get(3).getText());
            for (WebElement button : buttons) {
                assertTrue(button.getSize().getHeight() >= 44 && button.getSize().getWidth() >= 44,
                        "a thumb-sized target: " + button.getSize());
            }
            Browser.assertFitsWidth(driver);
            browser.screenshot("phone-ja-review-answer");

            driver.findElement(By.cssSelector("[data-testid=rate-GOOD]")).click();
            wait.until(d -> !d.findElement(By.cssSelector("[data-testid=review-prompt]")).getText().equals(first));
            assertEquals(leftAtStart, left(driver), "a card in its learning steps still counts for today");

            String second = driver.findElement(By.cssSelector("[data-testid=review-prompt]")).getText();
            driver.findElement(By.cssSelector("[data-testid=review-show]")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=rate-EASY]"))).click();
            wait.until(d -> !d.findElement(By.cssSelector("[data-testid=review-prompt]")).getText().equals(second));
            assertEquals(leftAtStart - 1, left(driver), "an easy card is done for today");

            ((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 740, "deviceScaleFactor", 3, "mobile", true));
            driver.findElement(By.cssSelector("[data-testid=review-show]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=rate-AGAIN]")));
            Browser.assertFitsWidth(driver);
            browser.screenshot("phone-360-ja-review-answer");

            driver.get(base + "#/");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=reviews-due]"),
                    "今日の復習：" + (leftAtStart - 1) + "枚"));
        }
    }

    @Test
    void theKeyboardShowsAndRatesOnADesktop() {
        try (Browser browser = Browser.open(Viewport.DESKTOP, "en-US")) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = signIn(driver, "demo-manager");
            driver.get(base + "#/review");
            String kanji = "JLPT-N5-KANJI";
            WebElement toggle = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[data-testid=deck-toggle-" + kanji + "]")));
            if (toggle.getText().equals("Study this deck")) {
                toggle.click();
            }
            WebElement prompt = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=review-prompt]")));
            String first = prompt.getText();
            int leftAtStart = left(driver);
            assertFalse(driver.findElement(By.cssSelector("[data-testid=review-answer]")).isDisplayed());

            new Actions(driver).sendKeys(" ").perform();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=review-answer]")));
            assertTrue(driver.findElement(By.cssSelector("[data-testid=rate-EASY]")).getText().startsWith("Easy"));
            browser.screenshot("desktop-en-review-answer");

            new Actions(driver).sendKeys("4").perform();
            wait.until(d -> !d.findElement(By.cssSelector("[data-testid=review-prompt]")).getText().equals(first));
            assertEquals(leftAtStart - 1, left(driver));
            assertNotEquals(first, driver.findElement(By.cssSelector("[data-testid=review-prompt]")).getText());
            Browser.assertFitsWidth(driver);
        }
    }

    private WebDriverWait signIn(WebDriver driver, String loginId) {
        // A rating redraws the card, so an element found a moment ago may be gone: look again.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        driver.get(base + "#/sign-in");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("loginId"))).sendKeys(loginId);
        driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=signed-in-as]")));
        return wait;
    }

    /** The number in "残り12枚" or "12 left". */
    private static int left(WebDriver driver) {
        String text = driver.findElement(By.cssSelector("[data-testid=review-left]")).getText();
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }
}
