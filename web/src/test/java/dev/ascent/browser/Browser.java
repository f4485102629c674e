package dev.ascent.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A headless Debian Chromium for one test, as a JUnit 5 extension:
 *
 * <pre>
 * &#64;RegisterExtension
 * final Browser browser = new Browser();
 * </pre>
 *
 * Chromium starts on first use with a fresh profile (no cookies from other tests), drives
 * {@code /usr/bin/chromium} through {@code /usr/bin/chromedriver} (both from {@code .ci/chromium}),
 * so Selenium Manager never runs and nothing is downloaded. When the test fails, a screenshot and
 * the page's HTML go to {@code target/browser-screenshots/}; the browser is always quit.
 */
public final class Browser implements AfterTestExecutionCallback, AfterEachCallback {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** How long {@link #until} waits for the page before failing. */
    public static final Duration PATIENCE = Duration.ofSeconds(15);

    private final Dimension size;
    private ChromeDriver driver;
    private Path profile;

    public Browser() {
        this(1280, 900);
    }

    /** A window of this size (CSS pixels), e.g. 375 × 740 for a phone. */
    public Browser(int width, int height) {
        this.size = new Dimension(width, height);
    }

    /** The driver, starting Chromium on first call. */
    public WebDriver driver() {
        if (driver == null) {
            start();
        }
        return driver;
    }

    /** Opens a path under the application root, e.g. {@code open(base, "login.xhtml")}. */
    public Browser open(URL base, String path) {
        driver().get(base.toString() + path);
        return this;
    }

    public String path() {
        return java.net.URI.create(driver().getCurrentUrl()).getPath();
    }

    /** Waits until the condition gives something other than null or false, and returns it. */
    public <T> T until(String what, Function<WebDriver, T> condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        RuntimeException last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                T value = condition.apply(driver());
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                last = e;
            } catch (WebDriverException e) {
                // ChromeDriver reports an element replaced under it as this, not as a stale element.
                if (e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
                last = e;
            }
            sleep(100);
        }
        throw new TimeoutException("Waited " + PATIENCE.toSeconds() + " s for " + what + " on " + driver().getCurrentUrl(), last);
    }

    public WebElement visible(By by) {
        return until(by + " visible", d -> {
            WebElement element = d.findElement(by);
            return element.isDisplayed() ? element : null;
        });
    }

    /** The element that has keyboard focus. */
    public WebElement focused() {
        return driver().switchTo().activeElement();
    }

    /** Presses keys on whatever has focus, as a person at the keyboard would. */
    public Browser press(CharSequence... keys) {
        new Actions(driver()).sendKeys(keys).perform();
        return this;
    }

    /** Types text into whatever has focus. */
    public Browser type(String text) {
        return press(text);
    }

    /**
     * Presses Tab until the element has focus, and fails if it is not reached within
     * {@code maxTabs}: the proof that the control can be reached with the keyboard.
     */
    public WebElement tabTo(By by, int maxTabs) {
        WebElement target = visible(by);
        for (int i = 0; i <= maxTabs; i++) {
            if (target.equals(focused())) {
                return target;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + by + " within " + maxTabs + " presses; focus is on "
                + describe(focused()));
    }

    /**
     * Content-Security-Policy violations the console reported since the last call (the console is
     * read and emptied): a script, handler or style the page's policy refused to run.
     */
    public List<String> policyViolations() {
        return driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    /** Saves a PNG of the viewport (or the whole page with {@code fullPage}) under target/browser-screenshots. */
    public Path screenshot(String name, boolean fullPage) {
        Path file = directory().resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, fullPage ? fullPageScreenshot() : driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chromium's own full-page capture (DevTools protocol through chromedriver; no extra Selenium module). */
    private byte[] fullPageScreenshot() {
        // The layout's own size: DevTools' content size leaves out the width a scrollbar takes.
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) script("const e = document.documentElement;"
                + " return {width: Math.max(e.scrollWidth, innerWidth), height: Math.max(e.scrollHeight, innerHeight)};");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", ((Number) page.get("width")).doubleValue(),
                "height", ((Number) page.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    public static String describe(WebElement element) {
        if (element == null) {
            return "nothing";
        }
        String id = element.getAttribute("id");
        String text = element.getText();
        return "<" + element.getTagName() + (id == null || id.isEmpty() ? "" : " id=" + id) + ">"
                + (text == null || text.isEmpty() ? "" : " \"" + text.strip() + "\"");
    }

    /** A full-page PNG and the page's HTML (with its address on top) under target/browser-screenshots. */
    public Path capture(String name) {
        Path png = screenshot(name, true);
        try {
            Files.writeString(directory().resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver != null && context.getExecutionException().isPresent()) {
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            try {
                Path png = capture(name);
                System.err.println("Browser test failed on " + driver.getCurrentUrl() + "; screenshot: " + png);
            } catch (RuntimeException e) {
                System.err.println("No screenshot of the failure: " + e);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        quit();
    }

    public void quit() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteProfile();
        }
    }

    private void start() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Chromium or chromedriver is missing: run .ci/chromium as root "
                    + "(the Maven build does so before the integration tests)");
        }
        // Both paths given: Selenium uses them as they are and never starts Selenium Manager.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        try {
            profile = Files.createTempDirectory("ascent-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--user-data-dir=" + profile,
                        "--window-size=" + size.getWidth() + "," + size.getHeight(), "--lang=en-GB");
        // The console, for tests that check what the page reported (e.g. Content-Security-Policy violations).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is no reason to fail a test
        }
        profile = null;
    }

    private static Path directory() {
        return Path.of(System.getProperty("project.build.directory", "target"), "browser-screenshots");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
