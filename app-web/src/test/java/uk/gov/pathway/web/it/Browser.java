package uk.gov.pathway.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless through Debian's chromedriver (never a downloaded browser), with axe-core run on
 * every page visited: a serious or critical accessibility violation fails the test.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> BLOCKING = List.of("serious", "critical");

    private final WebDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final Path downloads;

    public Browser() {
        try {
            profile = Files.createTempDirectory("pathway-chromium");
            screenshots = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(screenshots);
            downloads = Files.createTempDirectory("pathway-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Opens Pathway, signs in as a demo account (password = user name) and waits for the home screen. */
    public Browser signedInAs(java.net.URL base, String user) {
        open(base + "");
        waitFor(By.id("j_username"));
        signIn(user, user);
        waitFor(By.cssSelector("main h1"));
        return this;
    }

    public void signIn(String user, String password) {
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.pw-form button[type=submit]")).click();
    }

    public void signOut() {
        driver.findElement(By.cssSelector("#signOut input[type=submit]")).click();
        waitFor(By.id("j_username"));
    }

    /**
     * The page's heading; read again when the page was replaced between finding it and reading it (Chromium reports
     * that as a stale element, or as an inspector error: "Node with given id does not belong to the document").
     */
    public String heading() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.tagName("h1")).getText();
            } catch (org.openqa.selenium.WebDriverException replaced) {
                if (attempt == 5 || !pageReplaced(replaced)) {
                    throw replaced;
                }
                pause();
            }
        }
    }

    /** The page's text; empty while the page is being replaced (a poll or a form post can swap it mid-read). */
    public String text() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (org.openqa.selenium.WebDriverException e) {
            if (pageReplaced(e)) {
                return "";
            }
            throw e;
        }
    }

    private static boolean pageReplaced(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || e instanceof org.openqa.selenium.NoSuchElementException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a file the page downloads, and answers its path. */
    public Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.isRegularFile(file)
                && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    /** The words of a downloaded PDF, white space made single spaces. */
    public static String pdfText(Path pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(pdf + " is not a PDF", e);
        }
    }

    /** Waits until the element shows; a page replaced while it is being looked at is looked at again. */
    public void waitFor(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                return ExpectedConditions.visibilityOfElementLocated(locator).apply(d);
            } catch (org.openqa.selenium.WebDriverException e) {
                if (pageReplaced(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** Runs axe-core on the page as it is now, keeps a screenshot, and fails on serious or critical violations. */
    public void assertAccessible(String page) {
        screenshot(page);
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> blocking = results.getViolations().stream().filter(v -> BLOCKING.contains(v.getImpact())).toList();
        assertThat(blocking).as("serious or critical accessibility violations on %s:%n%s", page, describe(blocking)).isEmpty();
    }

    /** Keeps a screenshot of the page as it is now, under the given name. */
    public void screenshot(String page) {
        try {
            Files.write(screenshots.resolve(page + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
