package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.parley.store.testing.StoreFixtures;

/**
 * Every view of the dashboard in a real headless Chromium (Debian's chromium and chromium-driver,
 * the driver path given explicitly so Selenium never downloads one), against a real server over a
 * store filled from the example article and our own documents. One server and one browser for
 * the class; each view leaves a screenshot in {@code target/screenshots/}.
 */
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    private static TestServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: no " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver; bash .ci/run installs them)");
        server = new TestServer(StoreFixtures.filled("duckdb", dir), ServerOptions.loopback(0));
        browser = browser(dir.resolve("profile"));
        Files.createDirectories(SCREENSHOTS);
    }

    /** Headless Chromium as root: no sandbox, no GPU, nothing fetched in the background, a fresh profile. */
    static ChromeDriver browser(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Opens a view and waits until it has rendered; fails on the view's own error message. */
    static WebElement open(String hash) {
        // A new hash on the open page renders the view in place, as a click on a tab does.
        browser.get(server.base + "/#" + hash);
        String view = hash.split("/")[0];
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                view.equals(d.findElement(By.id("view")).getAttribute("data-ready")));
        WebElement container = browser.findElement(By.id("view"));
        assertTrue(container.findElements(By.className("error")).isEmpty(), container.getText());
        return container;
    }

    static void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theTimelineHasPoints() throws Exception {
        WebElement view = open("timeline");
        assertTrue(Integer.parseInt(view.getAttribute("data-points")) > 1, "several days of events");
        assertFalse(view.findElements(By.tagName("canvas")).isEmpty());
        screenshot("timeline");
    }

    @Test
    void theNetworkHasTheExpectedEdges() throws Exception {
        WebElement view = open("network");
        List<String> edges = List.of(view.getAttribute("data-edges").split(","));
        assertTrue(edges.contains("FRAGOV>RUSGOV"), "Macron urged Moscow: " + edges);
        assertTrue(edges.contains("RUSMIL>UKR"), "Russian forces attacked Ukraine: " + edges);
        screenshot("network");
    }

    @Test
    void clickingAStanceCellShowsItsStatement() throws Exception {
        open("stances");
        WebElement cell = browser.findElement(By.cssSelector("td[data-holder='RUSGOV'][data-issue='ceasefire']"));
        assertTrue(cell.getAttribute("class").contains("oppose"));
        cell.click();
        WebElement drill = browser.findElement(By.id("drill"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !drill.findElements(By.className("statement")).isEmpty());
        assertTrue(drill.getText().contains("Sergei Lavrov has repeatedly rejected any ceasefire"), drill.getText());
        screenshot("stances");
    }

    @Test
    void theDocumentViewHighlightsTheLavrovQuote() throws Exception {
        WebElement view = open("document/jeddah-talks-2025-03-11");
        List<WebElement> quotes = view.findElements(By.cssSelector("#doc-text span.quote"));
        WebElement lavrov = quotes.stream().filter(q -> q.getText().contains("unacceptable")).findFirst().orElseThrow();
        assertTrue(lavrov.getAttribute("title").contains("quote by Sergei Lavrov"), lavrov.getAttribute("title"));
        assertFalse(view.findElements(By.cssSelector("#doc-text span.actor")).isEmpty());
        assertFalse(view.findElements(By.cssSelector("#doc-text span.event")).isEmpty());
        assertFalse(view.findElements(By.cssSelector("#doc-text span.stance")).isEmpty());
        screenshot("document");
    }

    @Test
    void markupInAnArticleShowsAsText() throws Exception {
        WebElement view = open("document/markup-2025-03-10");
        String text = view.findElement(By.id("doc-text")).getText();
        assertTrue(text.contains("<script>alert(1)</script>"), text);
        assertTrue(text.contains("\"><img src=x onerror=alert(2)>"), text);
        assertTrue(view.findElement(By.id("doc-title")).getText().contains("<script>"));
        assertEquals(0, view.findElements(By.cssSelector("img, script")).size(), "no element came from the article");
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened: the article's markup ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        screenshot("document-markup");
    }

    @Test
    void theOtherViewsLoad() throws Exception {
        WebElement map = open("map");
        assertTrue(Integer.parseInt(map.getAttribute("data-points")) >= 1, "events with a place are on the map");
        screenshot("map");
        WebElement tracker = open("tracker");
        assertTrue(Integer.parseInt(tracker.findElement(By.className("thread")).getAttribute("data-items")) > 0);
        screenshot("tracker");
        WebElement changes = open("changes");
        assertFalse(changes.findElements(By.className("move-row")).isEmpty());
        screenshot("changes");
        browser.get(server.base + "/api/docs");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(".opblock")).size() >= 13);
        screenshot("swagger-ui");
    }
}
