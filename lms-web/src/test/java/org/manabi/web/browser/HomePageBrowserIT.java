package org.manabi.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.manabi.web.browser.Browser.Viewport;
import org.manabi.web.server.DeployedServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The home page in a real Chromium, as a phone and as a desktop: it shows the live server status,
 * switches to Japanese and to Burmese, remembers the choice, and fits the screen.
 */
class HomePageBrowserIT extends DeployedServer {

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void homePageShowsServerStatusAndSwitchesLanguage(Viewport viewport) {
        String name = viewport.name().toLowerCase(Locale.ROOT);
        try (Browser browser = Browser.open(viewport, "en-US")) {
            WebDriver driver = browser.driver();
            driver.get(base.toString());
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

            wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "Welcome to Manabi"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-testid=status-health]"), "Running"));
            assertEquals("H2", driver.findElement(By.cssSelector("[data-testid=status-database]")).getText());
            assertEquals("en", htmlLang(driver));
            browser.screenshot(name + "-en");

            choose(driver, "ja");
            wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "ようこそ、Manabiへ"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-testid=status-health]"), "動いています"));
            assertEquals("ja", htmlLang(driver));
            assertEquals("ホーム", driver.findElement(By.cssSelector(".site-nav a")).getText());
            Browser.assertFitsWidth(driver);
            Path japanese = browser.screenshot(name + "-ja");

            choose(driver, "my");
            wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "Manabi မှ ကြိုဆိုပါသည်"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-testid=status-health]"), "အလုပ်လုပ်နေသည်"));
            assertEquals("my", htmlLang(driver));
            assertTrue(myanmarFontLoaded(driver), "Burmese is drawn with the font this server serves");
            Browser.assertFitsWidth(driver);
            Path burmese = browser.screenshot(name + "-my");

            driver.navigate().refresh();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("#view h1"), "Manabi မှ ကြိုဆိုပါသည်"));
            assertEquals("my", new Select(driver.findElement(By.id("language-select"))).getFirstSelectedOption()
                    .getAttribute("value"), "the choice is remembered across a reload");

            assertTrue(sizeOf(japanese) > 10_000 && sizeOf(burmese) > 10_000, "screenshots were written");
        }
    }

    private static void choose(WebDriver driver, String code) {
        new Select(driver.findElement(By.id("language-select"))).selectByValue(code);
    }

    private static String htmlLang(WebDriver driver) {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    private static boolean myanmarFontLoaded(WebDriver driver) {
        Object loaded = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "document.fonts.load('16px \"Manabi Myanmar\"', 'မြန်မာ')"
                        + ".then(faces => done(faces.length > 0), () => done(false));");
        return Boolean.TRUE.equals(loaded);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
