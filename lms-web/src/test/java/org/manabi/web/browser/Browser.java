package org.manabi.web.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.manabi.core.testsupport.ExternalProgram;
import org.manabi.web.demo.DemoData;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium, as a phone (390×844) or a desktop (1280×800). Everything
 * the browser writes stays under target/; Selenium Manager never runs, so nothing is downloaded.
 */
public final class Browser implements AutoCloseable {

    /** The two viewports every screen is looked at in. */
    public enum Viewport {
        PHONE, DESKTOP
    }

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens a browser whose preferred language is {@code acceptLanguage}, or stops the test as the tier rule says. */
    public static Browser open(Viewport viewport, String acceptLanguage) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            ExternalProgram.missing("Chromium", CHROMIUM + " or " + CHROMEDRIVER + " is not installed",
                    "Install it: apt-get install chromium chromium-driver fonts-noto-cjk");
        }
        Path home = buildDir().resolve("browser-home").resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=" + home.resolve("profile"), "--lang=" + acceptLanguage);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        if (viewport == Viewport.PHONE) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true)));
        } else {
            options.addArguments("--window-size=1280,800");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString(),
                        "XDG_CONFIG_HOME", home.resolve("config").toString(),
                        "XDG_CACHE_HOME", home.resolve("cache").toString()))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves what the browser shows now as target/screenshots/{name}.png and returns the file. */
    public Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(buildDir().resolve("screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path buildDir() {
        return Path.of(System.getProperty("manabi.build.dir", "target"));
    }

    /** Signs in as the demo administrator and waits for the home page; the wait is for the caller's next steps. */
    public WebDriverWait signInAsAdministrator(URL base) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(base + "#/sign-in");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("loginId"))).sendKeys("demo-admin");
        driver.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=signed-in-as]")));
        return wait;
    }

    /** Fails when the page is wider than the window: a phone user would have to scroll sideways. */
    public static void assertFitsWidth(WebDriver driver) {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).longValue() <= 0, "no horizontal scrolling, overflow " + overflow + " px");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
