package org.manabi.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner's first sign-in on a phone, in Japanese: a wrong password is explained, the issued
 * one-time password works once, and Manabi asks for their own password before anything else.
 */
class SignInBrowserIT extends DeployedServer {

    @Test
    void firstSignInOnAPhoneLeadsToChoosingOwnPassword() {
        String loginId = "phone-" + UUID.randomUUID().toString().substring(0, 8);
        String oneTimePassword = issueLearner(loginId, "Trần Văn Minh");

        try (Browser browser = Browser.open(Viewport.PHONE, "ja")) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(base + "#/sign-in");
            wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "ログイン"));

            fill(driver, "loginId", loginId);
            fill(driver, "password", "wrong password");
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBe(By.id("sign-in-error"), "ログインIDかパスワードがちがいます。"));
            browser.screenshot("phone-ja-sign-in-failed");

            fill(driver, "password", oneTimePassword);
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "パスワードを変える"));
            assertTrue(driver.getCurrentUrl().endsWith("#/password"));
            assertEquals("Trần Văn Minh", driver.findElement(By.cssSelector("[data-testid=account-name]"))
                    .getAttribute("textContent"), "the header knows who is signed in (shown from 480 px up)");
            assertTrue(driver.findElement(By.cssSelector("#account-area button")).isDisplayed(),
                    "sign-out is reachable on a phone");
            browser.screenshot("phone-ja-password-required");

            driver.get(base + "#/");
            wait.until(ExpectedConditions.urlContains("#/password"));

            fill(driver, "currentPassword", oneTimePassword);
            fill(driver, "newPassword", "short");
            fill(driver, "repeatPassword", "short");
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBe(By.id("newPassword-error"), "8文字以上にしてください。"));

            fill(driver, "newPassword", "basu de mainichi benkyou");
            fill(driver, "repeatPassword", "basu de mainichi benkyou");
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".success"),
                    "パスワードを変えました。"));
            browser.screenshot("phone-ja-password-changed");

            driver.get(base + "#/");
            wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=signed-in-as]"),
                    "Trần Văn Minh さんとしてログインしています。"));
        }
        assertEquals(200, signIn(Http.browserLike(base), loginId, "basu de mainichi benkyou").statusCode(),
                "the new password is the one the server keeps");
    }

    @Test
    void theSignInPageInBurmeseOnAPhoneAndADesktop() {
        for (Viewport viewport : Viewport.values()) {
            try (Browser browser = Browser.open(viewport, "ja")) {
                WebDriver driver = browser.driver();
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                driver.get(base + "#/sign-in");
                wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "ログイン"));
                new Select(driver.findElement(By.id("language-select"))).selectByValue("my");
                wait.until(ExpectedConditions.textToBe(By.cssSelector("label[for=loginId]"), "လော့ဂ်အင် ID"));
                browser.screenshot(viewport.name().toLowerCase(Locale.ROOT) + "-my-sign-in");
            }
        }
    }

    private String issueLearner(String loginId, String name) {
        Http admin = Http.browserLike(base);
        String token = Http.json(signIn(admin, "demo-admin", DemoData.PASSWORD)).getString("csrfToken");
        HttpResponse<String> issued = admin.send("POST", "/api/accounts", "application/json",
                "{\"loginId\":\"" + loginId + "\",\"displayName\":\"" + name + "\",\"roles\":[\"LEARNER\"]}",
                "X-CSRF-Token", token);
        assertEquals(201, issued.statusCode(), issued.body());
        return Http.json(issued).getString("oneTimePassword");
    }

    private static HttpResponse<String> signIn(Http client, String loginId, String password) {
        return client.send("POST", "/api/session", "application/json",
                "{\"loginId\":\"" + loginId + "\",\"password\":\"" + password + "\"}");
    }

    private static void fill(WebDriver driver, String id, String text) {
        var input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
