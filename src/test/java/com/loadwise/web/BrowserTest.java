package com.loadwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code loadwise serve} in a real browser: Debian's chromium, headless, driven by chromium-driver through Selenium.
 * A person makes a client with the keyboard, meets a field error, fixes it, reads the plan, downloads the handout;
 * a coach uploads a roster with a bad row and gets the ZIP. Screenshots of the main pages go to
 * {@code target/screenshots/}. Without chromium and chromedriver this test fails; it never skips itself.
 */
class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path tmp;

    static TestServer s;
    static ChromeDriver driver;
    static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        s = new TestServer(tmp.resolve("workspace"));
        downloads = Files.createDirectories(tmp.resolve("downloads"));
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(find("chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1180,1600");
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory", downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download", false,
                        "plugins.always_open_pdf_externally", true));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        Path.of(find("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    /** The first of {@code paths} that exists; fails (not skips) when none does. */
    static String find(String what, String... paths) {
        for (String p : paths) {
            if (Files.isExecutable(Path.of(p))) {
                return p;
            }
        }
        throw new AssertionError(what + " is not installed (apt-get install -y chromium chromium-driver)");
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (s != null) {
            s.close();
        }
    }

    static void shot(String name) throws IOException {
        // the whole page: as tall as its content
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1180, (int) Math.min(Math.max(height + 40, 800), 4000)));
        driver.executeScript("window.scrollTo(0, 0)");
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1180, 1600));
    }

    static WebElement id(String id) {
        return driver.findElement(By.id(id));
    }

    static Path waitForDownload(String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(p -> p.toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** No page broke the Content-Security-Policy or logged an error. */
    static void noConsoleErrors() {
        List<String> bad = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            // a form sent back with its problems is a 422 (or a 409): expected, not an error of the page
            boolean answered =
                    e.getMessage().contains("status of 422") || e.getMessage().contains("status of 409");
            if ((e.getLevel().intValue() >= Level.SEVERE.intValue() && !answered)
                    || e.getMessage().contains("Content Security")) {
                bad.add(e.getMessage());
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void aClientIsMadeWithTheKeyboardAndTheirHandoutDownloaded() throws Exception {
        driver.get(s.base + "/clients");
        shot("01-clients-empty");
        driver.findElement(By.linkText("New client")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/clients/new"));

        id("f-name").sendKeys("Maeve O'Brien");
        id("f-name").sendKeys(Keys.TAB, "Dr Lee", Keys.TAB, "Harbour Physio");
        id("f-blueprint").sendKeys("gluteal");
        id("f-goal").sendKeys("Walk the dog without hip pain");
        id("f-irritability").sendKeys("mod");
        id("f-start").sendKeys("2027-02-30");
        id("f-weeks").sendKeys("10");
        for (String day : List.of("mon", "thu")) {
            driver.findElement(By.cssSelector("input[name=available-days][value=" + day + "]"))
                    .sendKeys(Keys.SPACE);
        }
        for (String item : List.of("mat", "mini-band", "chair", "wall", "step")) {
            driver.findElement(By.cssSelector("input[name=equipment][value=" + item + "]"))
                    .sendKeys(Keys.SPACE);
        }
        id("f-notes").sendKeys("Sleeps on her left side <b>always</b>");
        shot("02-form-filled");
        id("f-weeks").sendKeys(Keys.ENTER);

        WebElement error = id("f-start-error");
        assertTrue(error.getText().contains("'2027-02-30' is not a date"), error.getText());
        assertEquals("true", id("f-start").getAttribute("aria-invalid"));
        assertEquals("Maeve O'Brien", id("f-name").getAttribute("value"));
        shot("03-form-field-error");

        id("f-start").clear();
        id("f-start").sendKeys("2027-01-04", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("saved=1"));
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Maeve O'Brien"));
        assertTrue(driver.getPageSource().contains("&lt;b&gt;always&lt;/b&gt;"), "notes escaped");
        shot("04-plan");
        driver.manage().window().setSize(new Dimension(1180, 1000));
        driver.executeScript("window.scrollTo(0, 0)");
        Files.write(SCREENSHOTS.resolve("04-plan-top.png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1180, 1600));
        WebElement why = driver.findElement(By.cssSelector("details.why summary"));
        why.sendKeys(Keys.ENTER);
        assertTrue(driver.findElement(By.cssSelector("details.why")).getAttribute("open") != null);

        driver.findElement(By.linkText("Handout (PDF, A4)")).sendKeys(Keys.ENTER);
        Path pdf = waitForDownload(".pdf");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.exists(pdf) && sizeSettled(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 4, "pages: " + doc.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(doc).contains("Maeve O'Brien"));
        }

        // a check-in from the plan page: a day without a session is refused where the form is, then a good one
        driver.executeScript("document.getElementById('ci-date').value = '2027-01-05'");
        id("ci-pain").sendKeys("2");
        id("ci-note").sendKeys("felt fine", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getPageSource().contains("Not added:"));
        assertTrue(
                driver.findElement(By.cssSelector("section.checkins .problems"))
                        .getText()
                        .contains("the program has no session on Tue 5 Jan 2027"),
                driver.findElement(By.cssSelector("section.checkins .problems")).getText());
        assertEquals("felt fine", id("ci-note").getAttribute("value"), "the form keeps what was typed");
        shot("05-check-in-refused");
        driver.executeScript("document.getElementById('ci-date').value = '2027-01-04'");
        id("ci-morning").sendKeys("1");
        id("ci-note").sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("added=1"));
        String checkins = driver.findElement(By.cssSelector("section.checkins")).getText();
        assertTrue(checkins.contains("Check-in added."), checkins);
        assertTrue(checkins.contains("What changes next, and why"), checkins);
        driver.executeScript("document.getElementById('checkins').scrollIntoView()");
        Files.write(SCREENSHOTS.resolve("06-check-in-added.png"), driver.getScreenshotAs(OutputType.BYTES));

        // a stage check: the stage's first criterion ticked with the keyboard
        driver.executeScript("document.getElementById('sc-date').value = '2027-01-04'");
        driver.findElement(By.cssSelector("input[name=exit-met][value='1']")).sendKeys(Keys.SPACE);
        id("sc-pain").sendKeys("2");
        id("sc-note").sendKeys("single-leg stance fine", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("section.checkins .saved"))
                                        .size()
                                == 1
                        && d.getPageSource().contains("Stage checks"));
        driver.findElement(By.xpath("//summary[text()='Stage checks']")).sendKeys(Keys.ENTER);
        String checks = driver.findElement(By.cssSelector("section.checkins")).getText();
        assertTrue(checks.contains("1 of "), checks);
        assertTrue(checks.contains("single-leg stance fine"), checks);
        driver.executeScript("document.getElementById('sc-date').scrollIntoView()");
        shot("06b-stage-check-added");
        noConsoleErrors();
    }

    @Test
    void aRosterWithABadRowIsFlaggedAndTheTeamZipDownloaded() throws Exception {
        List<String> roster = Files.readAllLines(Path.of("seeds/coach-team-roster.csv"));
        String bad = roster.get(2).replaceFirst(",forwards,squat/back-squat,", ",forwards,squat/back-squatt,");
        Path csv = tmp.resolve("roster.csv");
        Files.writeString(
                csv, String.join("\n", roster.get(0), roster.get(1), bad, roster.get(3), roster.get(4)) + "\n");

        driver.get(s.base + "/teams/new");
        id("f-team").sendKeys("Harbour Vale RFC");
        id("f-blueprint").sendKeys("team");
        id("f-start").sendKeys("2027-01-04");
        id("f-weeks").sendKeys("8");
        for (String day : List.of("mon", "wed", "fri")) {
            driver.findElement(By.cssSelector("input[name=session-days][value=" + day + "]"))
                    .sendKeys(Keys.SPACE);
        }
        for (String item : List.of(
                "barbell",
                "squat-rack",
                "bench",
                "dumbbell",
                "kettlebell",
                "box",
                "step",
                "sled",
                "slider",
                "mini-band",
                "long-band",
                "mat",
                "anchor",
                "cones",
                "wall")) {
            driver.findElement(By.cssSelector("input[name=equipment][value=" + item + "]"))
                    .sendKeys(Keys.SPACE);
        }
        id("f-roster").sendKeys(csv.toAbsolutePath().toString());
        id("save").sendKeys(Keys.ENTER);

        WebElement problems = id("roster-problems");
        assertTrue(
                problems.getText().contains("squat/back-squatt")
                        || problems.getText().contains("back-squatt"),
                problems.getText());
        assertTrue(driver.getPageSource().contains("3 athletes"));
        shot("05-team-bad-row");

        // an athlete's check-in, from the roster's link to their page, with the keyboard
        driver.findElement(By.linkText("Tomás O'Neill")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith("/athletes/tomas-o-neill"));
        driver.executeScript("document.getElementById('ci-date').value = '2027-01-04'");
        id("ci-pain").sendKeys("1");
        id("ci-note").sendKeys("first session", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("added=1"));
        String checkins = driver.findElement(By.cssSelector("section.checkins")).getText();
        assertTrue(checkins.contains("Check-in added."), checkins);
        assertTrue(checkins.contains("What changes next, and why"), checkins);
        assertTrue(checkins.contains("The log, session by session"), checkins);
        shot("05b-athlete-check-in");
        driver.findElement(By.linkText("Back to the team")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getPageSource().contains("next block, from week 2"));
        id("build").sendKeys(Keys.ENTER);
        shot("06-team-job");
        WebElement link = new WebDriverWait(driver, Duration.ofSeconds(90))
                .until(d ->
                        d.findElements(By.id("download")).stream().findFirst().orElse(null));
        shot("07-team-done");
        link.sendKeys(Keys.ENTER);
        Path zip = waitForDownload(".zip");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> sizeSettled(zip));
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertTrue(names.containsAll(List.of("team-booklet.pdf", "coach-sheet.pdf")), names.toString());
        assertEquals(5, names.size(), names.toString());
        noConsoleErrors();
    }

    @Test
    void theLibraryAndBrandingPagesRender() throws Exception {
        driver.get(s.base + "/library?q=bridge");
        driver.findElement(By.cssSelector("details.family summary")).sendKeys(Keys.ENTER);
        assertFalse(
                driver.findElements(By.cssSelector("details.family .card svg")).isEmpty());
        shot("08-library");
        driver.get(s.base + "/branding");
        shot("09-branding");
        noConsoleErrors();
    }

    private static boolean sizeSettled(Path file) {
        try {
            long a = Files.size(file);
            Thread.sleep(200);
            return a > 0 && a == Files.size(file) && !Files.exists(Path.of(file + ".crdownload"));
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
