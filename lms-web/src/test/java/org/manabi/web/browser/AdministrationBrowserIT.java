package org.manabi.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.manabi.web.browser.Browser.Viewport;
import org.manabi.web.demo.DemoData;
import org.manabi.web.server.DeployedServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What an administrator and a company manager see after signing in: the programmes with their
 * seats, and the company with its people, on a phone and on a desktop.
 */
class AdministrationBrowserIT extends DeployedServer {

    @Test
    void anAdministratorSeesEveryProgrammeWithItsTermsAndSeats() {
        for (Viewport viewport : Viewport.values()) {
            try (Browser browser = Browser.open(viewport, "ja")) {
                WebDriver driver = browser.driver();
                WebDriverWait wait = signIn(browser, "demo-admin");
                driver.findElement(By.cssSelector(".site-nav a[data-route=programmes]")).click();
                wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "プログラム"));
                WebElement kumamoto = wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[data-testid=programme-kumamoto-reskilling-2026]")));
                assertEquals(3, kumamoto.findElements(By.cssSelector(".cohort")).size());
                assertTrue(kumamoto.getText().contains("100席のうち0席"), kumamoto.getText());
                Browser.assertFitsWidth(driver);
                String name = viewport.name().toLowerCase(Locale.ROOT);
                browser.screenshot(name + "-ja-programmes");
                new Select(driver.findElement(By.id("language-select"))).selectByValue("my");
                wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "ပရိုဂရမ်များ"));
                browser.screenshot(name + "-my-programmes");
            }
        }
    }

    @Test
    void aCompanyManagerSeesTheirCompanyAndItsPeople() {
        try (Browser browser = Browser.open(Viewport.PHONE, "ja")) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = signIn(browser, "demo-manager");
            assertEquals(List.of(), driver.findElements(By.cssSelector(".site-nav a[data-route=programmes]")),
                    "no programme administration for a manager");
            driver.findElement(By.cssSelector(".site-nav a[data-route=organisations]")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=organisation]"), 1));
            driver.findElement(By.cssSelector("[data-testid=organisation] button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".members"), "Demo Learner"));
            Browser.assertFitsWidth(driver);
            browser.screenshot("phone-ja-company-people");
        }
    }

    private WebDriverWait signIn(Browser browser, String loginId) {
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(base + "#/sign-in");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("loginId"))).sendKeys(loginId);
        driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=signed-in-as]")));
        return wait;
    }
}
