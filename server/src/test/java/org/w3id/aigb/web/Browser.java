package org.w3id.aigb.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for one test class: Debian's Chromium driven through its chromedriver by Selenium,
 * headless, with a fresh profile directory and its own download directory; screenshots of the steps
 * under {@code server/target/screenshots/<name>/} for review. Where Chromium or chromedriver is not
 * installed a test class marked {@code @ExtendWith(Browser.Installed.class)} is skipped with the reason;
 * {@code .ci/run} installs them.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("aigb.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("aigb.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(20);

    final ChromeDriver driver;
    final Path downloads;
    private final Path profileDir;
    private final Path screenshots;
    private int shot;

    /**
     * Runs a test class only where Chromium and chromedriver are installed; elsewhere the class is
     * skipped, its reason in the report and, once, on the console.
     */
    static final class Installed implements ExecutionCondition {
        private static final AtomicBoolean SAID = new AtomicBoolean();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
            String reason = "browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver; .ci/run installs them)";
            if (SAID.compareAndSet(false, true))
                System.err.println("[aigb] " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }

    Browser(String name) {
        try {
            profileDir = Files.createTempDirectory("aigb-chromium-profile");
            downloads = Files.createTempDirectory("aigb-chromium-downloads");
            screenshots = Path.of("target", "screenshots", name);
            deleteTree(screenshots);
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // As root, on a closed network: no sandbox, nothing in the background that would try to reach Google.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=ja", "--user-data-dir=" + profileDir);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "ja,en"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    WebElement find(String css) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves a screenshot of the page as {@code NN-step.png}. */
    void shot(String step) {
        try {
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(screenshots.resolve(String.format("%02d-%s.png", ++shot, step)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The messages the page logged at level SEVERE (script errors, failed loads) since the last call. */
    List<String> severeLog() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Waits for a file whose name ends with {@code suffix} to be completely downloaded, and moves it out of the way. */
    Path awaitDownload(String suffix) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            try (Stream<Path> files = Files.list(downloads)) {
                Path done = files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                if (done != null && Files.size(done) > 0) {
                    Path kept = Files.createTempFile("aigb-download", "-" + done.getFileName());
                    Files.move(done, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    return kept;
                }
                Thread.sleep(100);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No download ending in " + suffix + " within " + WAIT.toSeconds() + " s in " + downloads);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profileDir);
            deleteTree(downloads);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir))
            return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
