package org.dossier.serve;

import org.dossier.LoadsModels;
import org.dossier.SharedAnalyzer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web UI in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): search -> entity page -> article page, the statement, paste-and-analyze and API pages,
 * paging and export, and hostile markup and URLs that must show as text and never run. Every page
 * runs under the server's Content-Security-Policy, and a test fails on any violation Chromium
 * reports. Screenshots go to target/screenshots/. Without Chromium each test is reported skipped.
 */
@LoadsModels
class BrowserTest {
    /** -Ddossier.chromium=/nowhere shows how the tests are reported on a machine without it. */
    private static final Path CHROMIUM = Path.of(System.getProperty("dossier.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    /** Put into the store directly, as ingest would no longer store it: an article URL that is a script. */
    private static final String SCRIPT_URL = "javascript:window.__xss=6";
    /** An entity name with markup, given to someone quoted alongside Zelenskyy. */
    private static final String MARKUP_NAME = "Paul <b>Grant</b>";
    private static final String CEASEFIRE = "We will not trade our land";
    /** An entity name a spreadsheet would run as a formula, given to the most quoted after Zelenskyy. */
    private static final String FORMULA_NAME = "=HYPERLINK(\"https://evil.example\",\"Putin\")";

    @TempDir
    static Path dir;

    static Path db;
    static DossierServer server;
    static String base;
    static WebDriver browser;
    static WebDriverWait wait;
    static Path downloads;
    /** The article given {@link #SCRIPT_URL}: the second to report the ceasefire statement. */
    static long scriptUrlArticle;

    /**
     * Skips each test, with the reason, when Chromium is missing: Surefire then counts every one
     * as skipped, where a skip of the whole class (an assumption in {@link #start}) counts none.
     */
    @RegisterExtension
    static final ExecutionCondition NEEDS_CHROMIUM = context -> context.getTestMethod().isEmpty() || hasChromium()
            ? ConditionEvaluationResult.enabled("Chromium is installed")
            : ConditionEvaluationResult.disabled("needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");

    private static boolean hasChromium() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeAll
    static void start() throws Exception {
        if (!hasChromium()) return;  // every test is skipped (NEEDS_CHROMIUM)
        db = TestStore.build(dir);
        poison(db);
        server = new DossierServer(db, SharedAnalyzer::get, 4, 1);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1400", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium")));
        downloads = Files.createDirectories(dir.resolve("downloads"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    /**
     * Gives an article a javascript: URL, an entity quoted alongside Zelenskyy a name with markup and
     * another entity a name that is a spreadsheet formula.
     */
    private static void poison(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            scriptUrlArticle = single(c, "SELECT max(t.article_id) FROM attributions t JOIN statements s ON s.id = t.statement_id "
                    + "WHERE s.content LIKE ?", "%" + CEASEFIRE + "%");
            long zelenskyy = single(c, "SELECT id FROM entities WHERE name LIKE ?", "Volodymyr Zelensk%");
            long other = single(c, "SELECT other_id FROM co_quoted WHERE entity_id = ? ORDER BY articles DESC, other_id LIMIT 1", zelenskyy);
            long formula = single(c, "SELECT id FROM entities WHERE statements > 0 AND id NOT IN (?, " + other + ") "
                    + "ORDER BY statements DESC, id LIMIT 1", zelenskyy);
            try (PreparedStatement url = c.prepareStatement("UPDATE articles SET url = ? WHERE id = ?");
                 PreparedStatement name = c.prepareStatement("UPDATE entities SET name = ? WHERE id = ?")) {
                url.setString(1, SCRIPT_URL);
                url.setLong(2, scriptUrlArticle);
                assertEquals(1, url.executeUpdate());
                name.setString(1, MARKUP_NAME);
                name.setLong(2, other);
                assertEquals(1, name.executeUpdate());
                name.setString(1, FORMULA_NAME);
                name.setLong(2, formula);
                assertEquals(1, name.executeUpdate());
            }
        }
    }

    private static long single(Connection c, String sql, Object arg) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next() && rs.getObject(1) != null, sql);
                return rs.getLong(1);
            }
        }
    }

    /** Every test: no page broke the Content-Security-Policy (Chromium logs each violation to the console). */
    @AfterEach
    void noCspViolation() {
        List<String> violations = cspViolations();
        assertTrue(violations.isEmpty(), "CSP violations: " + violations);
    }

    private static List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
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

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    /** The text of each element matching css, read at once (the page may redraw between two reads). */
    @SuppressWarnings("unchecked")
    private static List<String> texts(String css) {
        return (List<String>) script("return [...document.querySelectorAll(arguments[0])].map(e => e.innerText.trim())", css);
    }

    /** The file the browser downloaded under this name, once complete. */
    private static String downloaded(String name) {
        Path file = downloads.resolve(name);
        return wait.until(d -> {
            try {
                return Files.isRegularFile(file) && Files.size(file) > 0 ? Files.readString(file) : null;
            } catch (java.io.IOException e) {
                return null;
            }
        });
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
        browser.findElement(By.name("title")).sendKeys("Kara-Murza <i>interview</i>");
        script("arguments[0].value = '2024-08-02'", browser.findElement(By.name("published")));
        browser.findElement(By.name("text")).sendKeys(Files.readString(Path.of("examples/seed-article.txt")));
        browser.findElement(By.cssSelector("#analyze button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(d -> !d.findElements(By.cssSelector("#result .annotated .cue")).isEmpty());
        assertEquals("Kara-Murza <i>interview</i>", browser.findElement(By.id("analyzed-title")).getText(), "the server got the title");
        assertEquals("published 2024-08-02", browser.findElement(By.id("analyzed-date")).getText(), "the server got the date");
        String table = browser.findElement(By.cssSelector("table.attributions")).getText();
        assertTrue(table.contains("Vladimir Kara-Murza") && table.contains("News.bg"), table);
        assertTrue(table.contains("speech") && table.contains("refusal"), "each attribution shows its type: " + table);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector(".attribution-list select"))).selectByValue("refusal");
        List<WebElement> shown = browser.findElements(By.cssSelector("table.attributions tbody tr")).stream().filter(WebElement::isDisplayed).toList();
        assertEquals(1, shown.size(), "the type filter shows the one refusal");
        assertTrue(shown.get(0).getText().contains("commented"), shown.get(0).getText());
        browser.findElement(By.cssSelector(".attribution-list button.export-csv")).click();
        List<String> csv = downloaded("dossier-analysis-attributions.csv").lines().toList();
        assertEquals("id,source,speaker,cue,content,relayed via,kind,type,confidence,continues", csv.get(0));
        assertEquals(2, csv.size(), "the one attribution shown: " + csv);
        assertTrue(csv.get(1).contains(",refusal,"), csv.get(1));
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
        assertTrue(browser.findElement(By.cssSelector("main p.meta")).getText().contains("English"), "the article's language is shown");
        assertEquals("en", browser.findElement(By.cssSelector(".annotated")).getDomAttribute("lang"), "and marks its text");
        String text = browser.findElement(By.cssSelector(".annotated")).getText();
        assertTrue(text.contains(TestStore.HOSTILE_QUOTE) && text.contains("\" onerror=\"window.__xss=3\""), text);
        assertTrue(browser.findElements(By.cssSelector("main img, main script, main b")).isEmpty(), "no element came from the data");
        screenshot("5-hostile");
        assertTrue(untouched(), "no payload ran on the article page");
    }

    @Test
    void textOverTheCapIsRefusedBeforeSending() {
        browser.get(base + "/analyze.html");
        WebElement text = browser.findElement(By.name("text"));
        script("arguments[0].value = 'a'.repeat(200001); arguments[0].dispatchEvent(new Event('input'))", text);
        assertEquals("200,001 of at most 200,000 characters.", browser.findElement(By.id("text-size")).getText());
        browser.findElement(By.cssSelector("#analyze button")).click();
        String error = visible("#result .error").getText();
        assertTrue(error.contains("200,001 characters") && error.contains("at most 200,000"), error);
    }

    @Test
    void aJavascriptUrlIsNeverALink() throws Exception {
        browser.get(base + "/article.html?id=" + scriptUrlArticle);
        visible("#article-title");
        assertTrue(browser.findElements(By.cssSelector("a[href^='javascript' i]")).isEmpty(), "no link to the script");
        WebElement url = browser.findElement(By.cssSelector("main .url"));
        assertEquals(SCRIPT_URL, url.getText(), "the URL is shown as text");
        url.click();
        assertEquals(base + "/article.html?id=" + scriptUrlArticle, browser.getCurrentUrl(), "clicking goes nowhere");
        assertTrue(untouched(), "clicking runs nothing");
        screenshot("6-script-url");
    }

    @Test
    void aQuoteLinksToItsStatementAndEveryArticleThatReportedIt() throws Exception {
        browser.get(base + "/?q=" + CEASEFIRE.replace(' ', '+'));
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("table.results tbody tr")).stream()
                .filter(r -> r.getText().contains(CEASEFIRE)).findFirst().orElse(null));
        int reports = Integer.parseInt(row.findElement(By.cssSelector("td:last-child")).getText());
        row.findElement(By.cssSelector("a.statement")).click();
        assertTrue(visible("#statement").getText().contains(CEASEFIRE));
        assertTrue(browser.getCurrentUrl().contains("/statement.html?id="), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector("main p.meta a.entity")).getText().startsWith("Volodymyr Zelensk"), "the speaker links to their page");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.reports tbody tr"));
        assertTrue(reports >= 2, "the statement was reported more than once");
        assertEquals(reports, rows.size(), "one row per reporting article");
        assertEquals(reports, browser.findElements(By.cssSelector("table.reports a[href^='article.html?id=']")).size());
        assertEquals(reports - 1, browser.findElements(By.cssSelector("table.reports a.original[href^='https://']")).size(),
                "every http(s) article URL is a link");
        assertEquals(List.of(SCRIPT_URL), texts("table.reports .url"), "the javascript: URL is text");
        assertTrue(browser.findElements(By.cssSelector("a[href^='javascript' i]")).isEmpty());
        screenshot("7-statement");

        String statementPage = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("table.reports a[href='article.html?id=" + scriptUrlArticle + "']")).click();
        visible("#article-title");
        WebElement attribution = wait.until(d -> d.findElements(By.cssSelector("table.attributions a.statement")).stream()
                .filter(a -> a.getText().contains(CEASEFIRE)).findFirst().orElse(null));
        attribution.click();
        wait.until(ExpectedConditions.urlToBe(statementPage));
        assertTrue(untouched());
    }

    @Test
    void htmlInAnEntityNameIsTextInTheGraphTooltip() throws Exception {
        browser.get(base + "/?q=" + CEASEFIRE.replace(' ', '+'));
        wait.until(d -> d.findElements(By.cssSelector("table.results a.entity")).stream()
                .filter(a -> a.getText().startsWith("Volodymyr Zelensk")).findFirst().orElse(null)).click();
        wait.until(d -> !d.findElements(By.cssSelector("#company-graph canvas")).isEmpty());
        script("const chart = echarts.getInstanceByDom(document.getElementById('company-graph'));"
                + "const nodes = chart.getOption().series[0].data;"
                + "chart.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: nodes.findIndex(n => n.name === arguments[0])});", MARKUP_NAME);
        WebElement tooltip = wait.until(d -> d.findElements(By.cssSelector("#company-graph div")).stream()
                .filter(e -> e.getText().equals(MARKUP_NAME)).findFirst().orElse(null));
        assertTrue(tooltip.isDisplayed());
        assertTrue(browser.findElements(By.cssSelector("#company-graph b, main b")).isEmpty(), "the name's <b> is text, not an element");
        screenshot("8-tooltip");
    }

    @Test
    void aListThatFitsOnOnePageEndsWithNoStrayText() throws Exception {
        long zelenskyy;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            zelenskyy = single(c, "SELECT id FROM entities WHERE name LIKE ?", "Volodymyr Zelensk%");
        }
        // Search results, article hits, the most quoted and an entity's statements: each list, and the text after it.
        for (String[] page : new String[][] {{"/?q=ceasefire", "table.results tbody tr", "#results"},
                {"/?q=Kharkiv&articles=1", "#results table tbody tr", "#results"}, {"/?limit=100", "table.top tbody tr", "#results"},
                {"/entity.html?id=" + zelenskyy, "table.quotes tbody tr", "#quotes"}}) {
            browser.get(base + page[0]);
            wait.until(d -> !d.findElements(By.cssSelector(page[1])).isEmpty());
            assertTrue(browser.findElements(By.cssSelector(page[2] + " p.pager")).isEmpty(), page[0] + " fits on one page");
            String text = (String) script("return document.querySelector(arguments[0]).innerText", page[2]);
            assertFalse(text.matches("(?s).*\\bnull\\b.*"), page[0] + ": " + text);
        }
    }

    @Test
    void theGraphsLabelsCoverNoOtherLabelOrNode() throws Exception {
        long zelenskyy, crowded;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            zelenskyy = single(c, "SELECT id FROM entities WHERE name LIKE ?", "Volodymyr Zelensk%");
            // As many companions as a profile lists, those with the longest names, for someone quoted alongside nobody.
            crowded = single(c, "SELECT min(id) FROM entities WHERE statements > ? AND id NOT IN (SELECT entity_id FROM co_quoted)", 0);
            try (PreparedStatement ten = c.prepareStatement("INSERT INTO co_quoted (entity_id, other_id, articles) "
                    + "SELECT ?, id, 1 + id % 3 FROM entities WHERE id != ? ORDER BY length(name) DESC, id LIMIT 10")) {
                ten.setLong(1, crowded);
                ten.setLong(2, crowded);
                assertEquals(10, ten.executeUpdate());
            }
        }
        for (long entity : new long[] {zelenskyy, crowded}) {
            browser.get(base + "/entity.html?id=" + entity);
            wait.until(d -> !d.findElements(By.cssSelector("#company-graph canvas")).isEmpty());
            // The labels are drawn on a canvas: ECharts hands each label's box, and its node's, to a labelLayout function.
            @SuppressWarnings("unchecked")
            List<String> overlaps = (List<String>) script("""
                    const chart = echarts.getInstanceByDom(document.getElementById('company-graph'));
                    const boxes = [];
                    chart.on('finished', () => { window.graphDrawn = true; });
                    chart.setOption({series: [{labelLayout: p => { boxes.push(p); return {}; }}]});
                    const meet = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
                    const overlaps = [];
                    for (const a of boxes) for (const b of boxes) {
                      if (a === b) continue;
                      if (a.dataIndex < b.dataIndex && meet(a.labelRect, b.labelRect)) overlaps.push(`label ${a.text} / label ${b.text}`);
                      if (meet(a.labelRect, b.rect)) overlaps.push(`label ${a.text} / node ${b.text}`);
                    }
                    return boxes.length ? overlaps : ['no labels'];""");
            wait.until(d -> script("return window.graphDrawn === true"));
            script("document.getElementById('company-graph').scrollIntoView()");
            screenshot("9-graph-" + (entity == zelenskyy ? "small" : "ten"));
            assertEquals(List.of(), overlaps, "entity " + entity);
        }
    }

    @Test
    void countsOfOneAreSingularAndTheChartTooltipIsText() throws Exception {
        long once;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            once = single(c, "SELECT min(id) FROM entities WHERE statements = ? AND reports = 1 AND articles = 1", 1);
        }
        browser.get(base + "/entity.html?id=" + once);
        String facts = visible("dl.facts").getText();
        assertTrue(facts.contains("1 statement ") && facts.contains("reported 1 time") && facts.contains(" in 1 article"), facts);
        assertFalse(facts.matches("(?s).*\\b1 (statements|times|articles)\\b.*"), facts);
        wait.until(d -> !d.findElements(By.cssSelector("#quotes-chart canvas")).isEmpty());
        script("echarts.getInstanceByDom(document.getElementById('quotes-chart')).dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0})");
        WebElement tooltip = wait.until(d -> d.findElements(By.cssSelector("#quotes-chart div")).stream()
                .filter(e -> e.getText().matches("\\d{4}-\\d{2}: 1 statement")).findFirst().orElse(null));
        assertTrue(tooltip.isDisplayed());
    }

    @Test
    void theAnalyzePageSaysWhenTheServerIsBusy() throws Exception {
        CountDownLatch inSlot = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (DossierServer busy = TestStore.withBusySlot(db, inSlot, release)) {
            String busyBase = "http://127.0.0.1:" + busy.start("127.0.0.1", 0);
            CompletableFuture<HttpResponse<String>> first = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create(busyBase + "/api/analyze")).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Kara-Murza said the talks were confidential.\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            try {
                assertTrue(inSlot.await(2, TimeUnit.MINUTES), "the first analysis never started");
                browser.get(busyBase + "/analyze.html");
                browser.findElement(By.name("text")).sendKeys("Paul Grant said the talks went well.");
                browser.findElement(By.cssSelector("#analyze button")).click();
                String error = visible("#result .error").getText();
                assertTrue(error.contains("busy") && error.contains("try again"), error);
            } finally {
                release.countDown();  // so that the server can stop even when an assertion failed
            }
            assertEquals(200, first.get().statusCode(), first.get().body());
        }
    }

    @Test
    void theMostQuotedListPagesOnAndBack() throws Exception {
        browser.get(base + "/?limit=10");
        wait.until(d -> d.findElements(By.cssSelector("table.top tbody tr")).size() == 10);
        List<String> first = texts("table.top tbody tr");
        assertFalse(browser.findElement(By.cssSelector("p.pager .previous")).isEnabled(), "no page before the first");
        browser.findElement(By.cssSelector("p.pager .next")).click();
        wait.until(ExpectedConditions.urlContains("offset=10"));
        wait.until(d -> !texts("table.top tbody tr").equals(first));
        List<String> second = texts("table.top tbody tr");
        assertTrue(!second.isEmpty() && second.stream().noneMatch(first::contains), "the next page has the next entities: " + second);
        assertTrue(browser.findElement(By.cssSelector("p.pager .meta")).getText().contains("11–" + (10 + second.size())));
        browser.findElement(By.cssSelector("p.pager .previous")).click();
        wait.until(d -> texts("table.top tbody tr").equals(first));
    }

    @Test
    void searchResultsExportAsCsvAndJson() throws Exception {
        browser.get(base + "/?q=ceasefire");
        wait.until(d -> !d.findElements(By.cssSelector("table.results tbody tr")).isEmpty());
        List<String> quotes = texts("table.results tbody td.quote");
        browser.findElement(By.cssSelector("button.export-csv")).click();
        List<String> lines = downloaded("dossier-search.csv").lines().toList();
        assertEquals("statement,quote,type,confidence,speaker,speaker id,article,article id,url,publisher,date,reports", lines.get(0));
        assertEquals(quotes.size() + 1, lines.size(), "a header and one line per row: " + lines);
        for (String quote : quotes) {
            String cell = "\"" + quote.replace("\"", "\"\"") + "\"";  // every quote here holds quotation marks, so is quoted
            assertTrue(lines.stream().anyMatch(l -> l.contains(cell)), cell + " in " + lines);
        }
        browser.findElement(By.cssSelector("button.export-json")).click();
        JsonNode json = new ObjectMapper().readTree(downloaded("dossier-search.json"));
        assertEquals(quotes, java.util.stream.StreamSupport.stream(json.spliterator(), false).map(q -> q.get("content").asText()).toList());

        browser.get(base + "/?limit=100");
        wait.until(d -> d.findElements(By.cssSelector("table.top tbody tr")).size() > 2);
        int sources = browser.findElements(By.cssSelector("table.top tbody tr")).size();
        browser.findElement(By.cssSelector("button.export-csv")).click();
        List<String> top = downloaded("dossier-top-sources.csv").lines().toList();
        assertEquals(sources + 1, top.size(), "every source on the page: " + top);
        assertTrue(top.stream().anyMatch(l -> l.contains(",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Putin\"\")\",")),
                "a formula is written as text: " + top);
    }

    @Test
    void everyPageRunsUnderTheContentSecurityPolicy() {
        browser.get(base + "/docs.html");
        visible(".swagger-ui .info");
        browser.get(base + "/statement.html?id=1");
        visible("#statement");
        browser.get(base + "/analyze.html");
        visible("#analyze textarea");
        assertTrue(cspViolations().isEmpty(), "the pages need nothing the policy forbids");
        // The policy is in force, and a breach would be seen: an inline script and style injected here are refused.
        script("const s = document.createElement('script'); s.textContent = 'window.__xss = 7'; document.body.append(s);"
                + "document.body.insertAdjacentHTML('beforeend', '<i style=\"color: red\">x</i>');");
        assertTrue(untouched(), "the inline script did not run");
        List<String> seen = new java.util.ArrayList<>();
        wait.until(d -> {
            seen.addAll(cspViolations());
            return seen.stream().anyMatch(m -> m.contains("script-src")) && seen.stream().anyMatch(m -> m.contains("style-src"));
        });
    }
}
