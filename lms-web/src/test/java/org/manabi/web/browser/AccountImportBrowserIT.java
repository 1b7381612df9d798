package org.manabi.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.manabi.web.browser.Browser.Viewport;
import org.manabi.web.server.DeployedServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator imports a Shift_JIS file as Japanese Excel writes it: a row with a problem
 * blocks the import, the corrected file imports with the progress bar running to its end, and the
 * one-time passwords are offered for download. On a phone and on a desktop.
 */
class AccountImportBrowserIT extends DeployedServer {

    private static final Charset CP932 = Charset.forName("windows-31j");

    @Test
    void anAdministratorImportsAShiftJisFileAndGetsThePasswords() throws IOException {
        for (Viewport viewport : Viewport.values()) {
            String name = viewport.name().toLowerCase(Locale.ROOT);
            String prefix = "b" + UUID.randomUUID().toString().substring(0, 8);
            Path broken = file(name + "-broken.csv", "ログインID,氏名,メール\r\n" + prefix + "-1,山田太郎,yamada@example"
                    + "\r\n" + prefix + "-2,グエン・ヴァン・アン,\r\n");
            Path good = file(name + "-good.csv", "ログインID,氏名,メール\r\n" + prefix + "-1,山田太郎,yamada@example.jp"
                    + "\r\n" + prefix + "-2,グエン・ヴァン・アン,\r\n" + prefix + "-3,\"Santos, Maria\",\r\n");
            try (Browser browser = Browser.open(viewport, "ja")) {
                WebDriver driver = browser.driver();
                WebDriverWait wait = browser.signInAsAdministrator(base);
                driver.findElement(By.cssSelector(".site-nav a[data-route=account-import]")).click();
                wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "CSVファイルからアカウントを登録"));

                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("field-file")))
                        .sendKeys(broken.toAbsolutePath().toString());
                driver.findElement(By.cssSelector("form button[type=submit]")).click();
                wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=import-invalid]"), "1"));
                assertEquals("Shift_JIS", driver.findElement(By.cssSelector("[data-testid=import-encoding]")).getText());
                WebElement errorRow = driver.findElement(By.cssSelector("[data-testid=import-rows] tr.row-error"));
                assertTrue(errorRow.getText().contains("メールアドレスの形ではありません"), errorRow.getText());
                assertFalse(driver.findElement(By.cssSelector("[data-testid=import-commit]")).isEnabled(),
                        "no import while a row has a problem");
                Browser.assertFitsWidth(driver);
                browser.screenshot(name + "-ja-import-problems");

                driver.findElement(By.id("field-file")).sendKeys(good.toAbsolutePath().toString());
                driver.findElement(By.cssSelector("form button[type=submit]")).click();
                wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=import-invalid]"), "0"));
                WebElement table = driver.findElement(By.cssSelector("[data-testid=import-rows]"));
                assertTrue(table.getText().contains("山田太郎") && table.getText().contains("Santos, Maria"),
                        table.getText());
                Browser.assertFitsWidth(driver);
                browser.screenshot(name + "-ja-import-preview");

                driver.findElement(By.cssSelector("[data-testid=import-commit]")).click();
                WebElement download = new WebDriverWait(driver, Duration.ofSeconds(60)).until(
                        ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=import-download]")));
                WebElement progress = driver.findElement(By.cssSelector("#view progress"));
                assertEquals("100", progress.getDomAttribute("value"), "the progress bar reached its end");
                assertTrue(driver.findElement(By.cssSelector("[data-testid=import-outcome]")).getText()
                        .contains("3件のアカウントを作成しました"));
                browser.screenshot(name + "-ja-import-done");
                download.click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                        "[data-testid=import-downloaded]")));
                Browser.assertFitsWidth(driver);
            }
        }
    }

    private static Path file(String name, String text) throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("manabi.build.dir", "target"), "import-files"));
        return Files.write(dir.resolve(name), text.getBytes(CP932));
    }
}
