package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk in a real browser (PRODUCT.md 3.7): Debian's Chromium, driven by its chromedriver, signs in by the
 * emailed link, reads the desk at phone and desktop width (screenshots in target/), and replays a rejected email
 * with the desk's button. Skipped where Chromium is not installed, but failed under CI, which installs it.
 */
class DeskBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @RegisterExtension
    final TestPlenary app = TestPlenary.withGroupFile(DeskTest.GROUP_FILE);

    @TempDir
    Path profile;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "no Chromium at " + CHROMIUM + " with " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
                fail(missing + "; CI must run the browser tests");
            }
            abort(missing + "; skipped outside CI");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signsInByTheEmailedLinkReadsTheDeskAndReplaysARejectedEmail() throws IOException {
        app.send("noor@ssr2.test", "update", "A5 done");
        app.awaitLedger(1);
        app.send("larisa@ssr2.test", "new action", "ACTION: Noor to check the registry framework notes");
        app.send("kaveh@ssr2.test", "20 June", "Apologies for the plenary on 20 June, hospital visit");
        app.awaitLedger(3);
        long rejected = app.database().inTransaction(tx -> tx.ledger().recent("ssr2", 10)).stream()
                .filter(e -> e.outcome().equals("rejected")).findFirst().orElseThrow().emailNo();

        browser.get(app.httpBase() + "/");
        assertThat(browser.getCurrentUrl()).as("without a session, the sign-in form").endsWith("/login");
        browser.findElement(By.name("email")).sendKeys("larisa@ssr2.test");
        browser.findElement(By.cssSelector("input[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login?sent"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("a sign-in link is on its way");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> !DeskSession.links(app, "larisa@ssr2.test").isEmpty());

        browser.get(DeskSession.links(app, "larisa@ssr2.test").get(0));
        assertThat(browser.getCurrentUrl()).isEqualTo(app.httpBase() + "/");
        assertThat(browser.getTitle()).startsWith("Desk");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("SSR2 Plenary Call", "ICANN Adobe Connect room", "Quorum:", "A1", "hospital visit",
                "Email ledger");

        screenshot(420, "desk-phone.png");
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling on a phone").isLessThanOrEqualTo(420);
        screenshot(1280, "desk-desktop.png");
        browser.executeScript("document.getElementById('ledger').scrollIntoView()");
        File ledger = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(ledger.toPath(), Path.of("target", "desk-ledger-desktop.png"), StandardCopyOption.REPLACE_EXISTING);

        browser.findElement(By.cssSelector("button[name=replay][value='" + rejected + "']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("replayed=" + rejected));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Email " + rejected + " was replayed");
        assertThat(app.database().inTransaction(tx -> tx.actions().find("ssr2", "A5")).orElseThrow().status().id())
                .isEqualTo("done");
    }

    private void screenshot(int width, String name) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 2400));
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }
}
