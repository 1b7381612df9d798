package org.manabi.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.manabi.web.browser.Browser.Viewport;
import org.manabi.web.demo.DemoData;
import org.manabi.web.server.DeployedServer;
import org.manabi.web.server.Http;
import org.manabi.web.server.Mailbox;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole way in, on a phone: a Vietnamese applicant fills in the public form, an administrator
 * approves in the queue, the one-time password arrives by e-mail, and the first sign-in asks for
 * the applicant's own password.
 */
class ApplicationBrowserIT extends DeployedServer {

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    @Test
    void applyApproveFirstSignInAndOwnPasswordOnAPhone() {
        String email = "minh-" + UUID.randomUUID().toString().substring(0, 8) + "@apply.test";
        long kagoshima = programmeId("kagoshima-japanese-2026");
        String reference;
        String loginId;
        try (Browser browser = Browser.open(Viewport.PHONE, "vi")) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(base + "#/apply");
            wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "Đăng ký khoá học"));
            driver.findElement(By.cssSelector("[data-testid=open-kagoshima-japanese-2026] a.button")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "Kagoshima Japanese 2026"));

            fill(driver, "field-displayName", "<b>Minh</b>");
            fill(driver, "field-email", email);
            fill(driver, "field-answers.NATIONALITY", "Việt Nam");
            fill(driver, "field-answers.RESIDENCE_STATUS", "Kỹ năng đặc định");
            fill(driver, "field-answers.NATIVE_LANGUAGE", "Tiếng Việt");
            new Select(driver.findElement(By.id("field-answers.JAPANESE_LEVEL"))).selectByValue("N4");
            submit(driver);
            wait.until(ExpectedConditions.textToBe(By.id("field-consent-error"), "Hãy đánh dấu vào ô này."));
            assertEquals("true", driver.findElement(By.id("field-displayName")).getAttribute("aria-invalid"),
                    "markup in a name is refused, next to the field");
            browser.screenshot("phone-vi-apply-errors");

            fill(driver, "field-displayName", "Trần Văn Minh");
            driver.findElement(By.id("field-consent")).click();
            submit(driver);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=application-reference]")));
            reference = driver.findElement(By.cssSelector("[data-testid=application-reference]")).getText();
            browser.screenshot("phone-vi-applied");

            signIn(driver, wait, "demo-admin", DemoData.PASSWORD);
            driver.get(base + "#/applications/" + kagoshima);
            WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=application-" + reference + "]")));
            browser.screenshot("phone-vi-approval-queue");
            card.findElement(By.cssSelector("button[data-testid^=approve-]")).click();
            WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=queue-message]")));
            Matcher issued = Pattern.compile("kagoshima-japanese-2026-\\d{4}").matcher(message.getText());
            assertTrue(issued.find(), message.getText());
            loginId = issued.group();
            browser.screenshot("phone-vi-approved");
            driver.findElement(By.cssSelector("#account-area button")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#account-area a")));

            String mail = Mailbox.text(Mailbox.await(MAIL, email, loginId));
            Matcher password = Pattern.compile("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}").matcher(mail);
            assertTrue(password.find(), mail);

            signIn(driver, wait, loginId, password.group());
            wait.until(ExpectedConditions.urlContains("#/password"));
            fill(driver, "currentPassword", password.group());
            fill(driver, "newPassword", "toi hoc tieng nhat moi ngay");
            fill(driver, "repeatPassword", "toi hoc tieng nhat moi ngay");
            submit(driver);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".success"), "mật khẩu"));
            browser.screenshot("phone-vi-own-password");
        }
        assertEquals(200, Http.browserLike(base).send("POST", "/api/session", "application/json",
                "{\"loginId\":\"" + loginId + "\",\"password\":\"toi hoc tieng nhat moi ngay\"}").statusCode());
    }

    @Test
    void theQueueAndTheProgrammeSetUpOnADesktop() {
        try (Browser browser = Browser.open(Viewport.DESKTOP, "ja")) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            signIn(driver, wait, "demo-admin", DemoData.PASSWORD);
            driver.get(base + "#/programmes");
            WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=application-form-miyagi-it-2026] summary")));
            form.click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=public-link-miyagi-it-2026]")));
            browser.screenshot("desktop-ja-programme-set-up");
            driver.get(base + "#/applications/" + programmeId("miyagi-it-2026"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=public-form-link]")));
            browser.screenshot("desktop-ja-approval-queue");
        }
    }

    private long programmeId(String code) {
        Http admin = Http.browserLike(base);
        admin.send("POST", "/api/session", "application/json",
                "{\"loginId\":\"demo-admin\",\"password\":\"" + DemoData.PASSWORD + "\"}");
        return Http.jsonArray(admin.get("/api/programmes")).getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private void signIn(WebDriver driver, WebDriverWait wait, String loginId, String password) {
        driver.get(base + "#/sign-in");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginId")));
        fill(driver, "loginId", loginId);
        fill(driver, "password", password);
        submit(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=account-name]")));
    }

    private static void submit(WebDriver driver) {
        driver.findElement(By.cssSelector("#view form button[type=submit]")).click();
    }

    private static void fill(WebDriver driver, String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
