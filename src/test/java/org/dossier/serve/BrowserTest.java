package org.dossier.serve;

import org.dossier.SharedAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web UI in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): search -> entity page -> article page, the paste-and-analyze page, and hostile
 * markup that must show as text and never run. Screenshots go to target/screenshots/.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    static DossierServer server;
    static String base;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        server = new DossierServer(TestStore.build(dir), SharedAnalyzer::get, 4, 1);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1400", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static boolean untouched() {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined");
    }

    @Test
    void searchThenEntityThenArticle() throws Exception {
        browser.get(base + "/");
        visible("#results table");  // the most quoted, before any search
        WebElement q = browser.findElement(By.name("q"));
        q.sendKeys("ceasefire");
        q.submit();
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("table.results tbody tr")).stream()
                .filter(r -> r.getText().contains("We will not trade our land")).findFirst().orElse(null));
        assertTrue(row.getText().contains("Example Wire") && row.getText().contains("2025-02-10"), row.getText());
        screenshot("1-search");

        row.findElement(By.cssSelector("a.entity")).click();
        String name = visible("#entity-name").getText();
        assertTrue(name.startsWith("Volodymyr Zelensk"), name);
        assertTrue(browser.findElement(By.id("aliases")).getText().contains("Zelenskiy"));
        wait.until(d -> !d.findElements(By.cssSelector("#quotes-chart canvas")).isEmpty());
        wait.until(d -> !d.findElements(By.cssSelector("#company-graph canvas")).isEmpty());
        screenshot("2-entity");

        browser.findElement(By.cssSelector("#articles a")).click();
        visible("#article-title");
        List<WebElement> sources = browser.findElements(By.cssSelector(".annotated .source"));
        List<WebElement> cues = browser.findElements(By.cssSelector(".annotated .cue"));
        List<WebElement> contents = browser.findElements(By.cssSelector(".annotated .content"));
        assertTrue(!sources.isEmpty() && !cues.isEmpty() && !contents.isEmpty(), "sources, cues and contents are highlighted");
        Set<String> colours = List.of(sources.get(0), cues.get(0), contents.get(0)).stream()
                .map(e -> e.getCssValue("background-color")).collect(Collectors.toSet());
        assertEquals(3, colours.size(), "three distinct colours: " + colours);
        assertTrue(browser.findElements(By.cssSelector(".annotated a.source[href^='entity.html?id=']")).size() > 0,
                "a source links to its entity");
        assertTrue(browser.findElement(By.cssSelector("table.attributions")).getText().contains("relayed via"));
        screenshot("3-article");
        assertTrue(untouched());
    }

    @Test
    void pastedTextIsAnalyzedAndHighlighted() throws Exception {
        browser.get(base + "/analyze.html");
        browser.findElement(By.name("text")).sendKeys(Files.readString(Path.of("examples/seed-article.txt")));
        browser.findElement(By.cssSelector("#analyze button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(d -> !d.findElements(By.cssSelector("#result .annotated .cue")).isEmpty());
        String table = browser.findElement(By.cssSelector("table.attributions")).getText();
        assertTrue(table.contains("Vladimir Kara-Murza") && table.contains("News.bg"), table);
        assertTrue(table.contains("speech") && table.contains("refusal"), "each attribution shows its type: " + table);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector(".attribution-list select"))).selectByValue("refusal");
        List<WebElement> shown = browser.findElements(By.cssSelector("table.attributions tbody tr")).stream().filter(WebElement::isDisplayed).toList();
        assertEquals(1, shown.size(), "the type filter shows the one refusal");
        assertTrue(shown.get(0).getText().contains("commented"), shown.get(0).getText());
        screenshot("4-analyze");
    }

    @Test
    void hostileMarkupIsShownAsTextAndNeverRuns() throws Exception {
        browser.get(base + "/?q=welcome");
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("table.results tbody tr")).stream()
                .filter(r -> r.getText().contains("onerror")).findFirst().orElse(null));
        assertTrue(row.getText().contains(TestStore.HOSTILE_QUOTE), row.getText());
        assertTrue(row.getText().contains(TestStore.HOSTILE_TITLE), "the title is text, tags and all: " + row.getText());
        assertTrue(untouched(), "no payload ran on the search page");

        row.findElement(By.cssSelector("td a[href^='article.html']")).click();
        assertEquals(TestStore.HOSTILE_TITLE, visible("#article-title").getText());
        String text = browser.findElement(By.cssSelector(".annotated")).getText();
        assertTrue(text.contains(TestStore.HOSTILE_QUOTE) && text.contains("\" onerror=\"window.__xss=3\""), text);
        assertTrue(browser.findElements(By.cssSelector("main img, main script, main b")).isEmpty(), "no element came from the data");
        screenshot("5-hostile");
        assertTrue(untouched(), "no payload ran on the article page");
    }
}
