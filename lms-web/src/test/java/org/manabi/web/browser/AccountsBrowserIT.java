package org.manabi.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.manabi.web.browser.Browser.Viewport;
import org.manabi.web.demo.DemoData;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator finds an account by name, suspends it, opens its page, and searches the audit
 * log for the suspension, on a phone and on a desktop.
 */
class AccountsBrowserIT extends DeployedServer {

    private static final String JSON = "application/json";

    @Test
    void anAdministratorFiltersSuspendsAndFindsItInTheAuditLog() {
        for (Viewport viewport : Viewport.values()) {
            String loginId = "br-" + UUID.randomUUID().toString().substring(0, 8);
            long id = issue(loginId, "ブラウザ 花子 " + loginId);
            String name = viewport.name().toLowerCase(Locale.ROOT);
            try (Browser browser = Browser.open(viewport, "ja")) {
                WebDriver driver = browser.driver();
                WebDriverWait wait = browser.signInAsAdministrator(base);
                driver.findElement(By.cssSelector(".site-nav a[data-route=accounts]")).click();
                wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "アカウント"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=account-row]")));
                WebElement search = driver.findElement(By.id("filter-q"));
                search.sendKeys("ブラウザ 花子 " + loginId.toUpperCase(Locale.ROOT));
                driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
                By row = By.cssSelector("[data-testid=account-row][data-login='" + loginId + "']");
                wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=account-row]"), 1));
                wait.until(ExpectedConditions.presenceOfElementLocated(row));
                browser.screenshot(name + "-ja-accounts");
                Browser.assertFitsWidth(driver);

                driver.findElement(row).findElement(By.cssSelector("[data-testid=suspend]")).click();
                wait.until(ExpectedConditions.elementToBeClickable(By.id("suspend-reason-" + id)))
                        .sendKeys("ブラウザのテスト");
                driver.findElement(By.cssSelector("[data-testid=suspend-confirm]")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[data-testid=account-row][data-login='" + loginId + "'] [data-testid=account-status]"),
                        "停止中"));
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();", driver.findElement(row));
                browser.screenshot(name + "-ja-accounts-suspended");

                driver.findElement(By.cssSelector("[data-testid=account-row][data-login='" + loginId + "'] a.account-link"))
                        .click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[data-testid=account-detail]"), loginId));
                Browser.assertFitsWidth(driver);
                browser.screenshot(name + "-ja-account-detail");

                driver.findElement(By.cssSelector(".site-nav a[data-route=audit]")).click();
                wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "監査ログ"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=audit-table]")));
                driver.findElement(By.id("audit-target")).sendKeys("account:" + id);
                driver.findElement(By.id("audit-action")).sendKeys("ACCOUNT_SUSPENDED");
                driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
                wait.until(ExpectedConditions.numberOfElementsToBe(
                        By.cssSelector("[data-testid=audit-table] tbody tr"), 1));
                WebElement entry = driver.findElement(By.cssSelector("[data-testid=audit-table] tbody tr"));
                assertTrue(entry.getText().contains("ブラウザのテスト"), entry.getText());
                String csv = driver.findElement(By.cssSelector("[data-testid=audit-csv]")).getAttribute("href");
                assertTrue(csv.contains("target=account%3A" + id), csv);
                Browser.assertFitsWidth(driver);
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();", entry);
                browser.screenshot(name + "-ja-audit");
            }
        }
    }

    private long issue(String loginId, String displayName) {
        Http admin = Http.browserLike(base);
        HttpResponse<String> session = admin.send("POST", "/api/session", JSON,
                "{\"loginId\":\"demo-admin\",\"password\":\"" + DemoData.PASSWORD + "\"}");
        String token = Http.json(session).getString("csrfToken");
        HttpResponse<String> issued = admin.send("POST", "/api/accounts", JSON, "{\"loginId\":\"" + loginId
                + "\",\"displayName\":\"" + displayName + "\",\"roles\":[\"LEARNER\"]}", "X-CSRF-Token", token);
        assertEquals(201, issued.statusCode(), issued.body());
        return Http.json(issued).getJsonNumber("id").longValue();
    }
}
