package org.manabi.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.manabi.web.browser.Browser.Viewport;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;
import org.manabi.web.survey.SurveyFixture;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner answers the end-of-course survey on a phone, in Vietnamese, with large choices and no
 * sideways scrolling; an administrator then reads the results on a desktop, drawn by Chart.js from
 * this server, each chart with its table.
 */
class SurveyBrowserIT extends DeployedServer {

    @Test
    void aLearnerAnswersOnAPhoneAndAnAdministratorSeesTheChartsOnADesktop() throws Exception {
        SurveyFixture fixture = new SurveyFixture(base);
        long survey = fixture.issue("SATISFACTION", "");
        SurveyFixture.Person learner = fixture.learners.get(0);

        try (Browser browser = Browser.open(Viewport.PHONE, "vi")) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = signIn(driver, learner.loginId());
            driver.get(base + "#/surveys");
            By card = By.cssSelector("[data-testid=survey-" + survey + "]");
            try {
                wait.until(ExpectedConditions.presenceOfElementLocated(card));
            } catch (org.openqa.selenium.TimeoutException notShown) {
                browser.screenshot("phone-vi-survey-missing");
                throw new AssertionError("no survey card; the page shows: "
                        + driver.findElement(By.id("view")).getText() + " / logs: "
                        + driver.manage().logs().get("browser").getAll(), notShown);
            }
            WebElement form = driver.findElement(card);
            assertTrue(form.getText().contains("Khảo sát cuối khóa"), "the standard survey in Vietnamese: " + form.getText());
            assertTrue(form.getText().contains("Rất hài lòng"), form.getText());
            Browser.assertFitsWidth(driver);
            List<WebElement> points = form.findElements(By.cssSelector("[data-question=overall_satisfaction] .survey-choice"));
            assertEquals(5, points.size());
            for (WebElement point : points) {
                assertTrue(point.getSize().getHeight() >= 44 && point.getSize().getWidth() >= 250,
                        "a Likert point is a large tap target: " + point.getSize());
            }
            browser.screenshot("phone-vi-survey");

            form.findElement(By.cssSelector("[data-testid=survey-submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-question=overall_satisfaction] .field-error"), "Vui lòng trả lời"));

            choose(driver, form, "overall_satisfaction", "5");
            choose(driver, form, "comprehension", "4");
            choose(driver, form, "difficulty", "about_right");
            choose(driver, form, "usefulness", "5");
            form.findElement(By.cssSelector("[data-question=good_points] textarea")).sendKeys("Giáo viên rất tốt");
            browser.screenshot("phone-vi-survey-filled");
            WebElement submit = form.findElement(By.cssSelector("[data-testid=survey-submit]"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", submit);
            submit.click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=survey-thanks]"),
                    "Cảm ơn"));
            assertTrue(driver.findElement(card).getText().contains("Bạn đã trả lời"), driver.findElement(card).getText());
            Browser.assertFitsWidth(driver);
            browser.screenshot("phone-vi-survey-answered");
        }

        JsonObject results = Http.json(fixture.admin.get("/api/surveys/" + survey + "/results"));
        assertEquals(1, results.getInt("responses"), "the browser's answer reached the server");

        try (Browser browser = Browser.open(Viewport.DESKTOP, "ja")) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = browser.signInAsAdministrator(base);
            driver.findElement(By.cssSelector(".site-nav a[data-route=survey-admin]")).click();
            WebElement show = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-testid=show-results-" + survey + "]")));
            assertTrue(driver.findElement(By.cssSelector("[data-testid=issue-form]")).getText().contains("標準アンケートを配信"));
            Browser.assertFitsWidth(driver);
            browser.screenshot("desktop-ja-survey-admin");
            show.click();
            By chart = By.cssSelector("[data-testid=chart-overall_satisfaction][data-drawn=true]");
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(chart));
            WebElement figure = driver.findElement(chart);
            assertTrue(figure.findElement(By.cssSelector("canvas")).getSize().getHeight() > 100, "bars were drawn");
            assertTrue(figure.findElement(By.cssSelector(".chart-table")).getText().contains("とても満足 1 (100%)"),
                    figure.findElement(By.cssSelector(".chart-table")).getText());
            assertTrue(driver.findElement(By.cssSelector("[data-testid=result-overall_satisfaction]")).getText()
                    .contains("平均：5.00"));
            assertTrue(driver.findElement(By.cssSelector("[data-testid=result-good_points]")).getText()
                    .contains("Giáo viên rất tốt"));
            Object library = ((JavascriptExecutor) driver).executeScript(
                    "return [...document.scripts].map((s) => s.src).find((src) => src.includes('chart.umd.js'));");
            assertTrue(String.valueOf(library).startsWith(base.toString().replaceAll("/$", "") + "/webjars/chart.js/"),
                    "Chart.js comes from this server: " + library);
            assertTrue(driver.findElement(By.cssSelector("[data-testid=export-xlsx]")).getAttribute("href")
                    .endsWith("/api/surveys/" + survey + "/export.xlsx?lang=ja"));
            Browser.assertFitsWidth(driver);
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();",
                    driver.findElement(By.cssSelector("[data-testid=survey-results]")));
            browser.screenshot("desktop-ja-survey-results");
        }
    }

    private WebDriverWait signIn(WebDriver driver, String loginId) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(base + "#/sign-in");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("loginId"))).sendKeys(loginId);
        driver.findElement(By.id("password")).sendKeys(SurveyFixture.NEW_PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=signed-in-as]")));
        return wait;
    }

    private static void choose(WebDriver driver, WebElement form, String question, String option) {
        WebElement input = form.findElement(By.cssSelector("[data-question=" + question + "] input[value='" + option + "']"));
        WebElement label = input.findElement(By.xpath("./ancestor::label"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
        label.click();
        assertTrue(input.isSelected(), question + " " + option);
    }
}
