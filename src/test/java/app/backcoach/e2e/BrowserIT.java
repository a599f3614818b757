package app.backcoach.e2e;

import app.backcoach.TestAccounts;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Base of the end-to-end journeys: the packaged app on a random port, driven by headless Chromium
 * (Debian's when installed, otherwise Playwright's own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserIT {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

    private static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    protected Page page;
    /** What the browser refused because of the content security policy; every journey must keep it empty. */
    private final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        // what a page must show gets as long as an action (below): on a busy machine running two journeys at
        // once, a page opened in a second tab took more than Playwright's default 5 s to draw its form
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = newPlaywright();
        browser = launch(playwright);
    }

    /** Playwright, told not to download a browser when Debian's Chromium is installed. */
    static Playwright newPlaywright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Files.isExecutable(SYSTEM_CHROMIUM) ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
    }

    /** Headless Chromium as every journey runs it: Debian's when installed, otherwise Playwright's own. */
    static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync"));
        if (Files.isExecutable(SYSTEM_CHROMIUM)) {
            options.setExecutablePath(pinned(SYSTEM_CHROMIUM, System.getProperty("browser.cpus")));
        }
        return playwright.chromium().launch(options);
    }

    /**
     * For benchmarks: {@code -Dbrowser.cpus=1} runs Chromium on those CPUs only (with taskset), so that the
     * app (run the build with {@code taskset -c 0}) and the browser do not take each other's core.
     */
    private static Path pinned(Path chromium, String cpus) {
        if (cpus == null || cpus.isBlank()) {
            return chromium;
        }
        try {
            Path wrapper = Files.createTempFile("chromium-pinned", ".sh");
            Files.writeString(wrapper, "#!/bin/sh\nexec taskset -c " + cpus + " " + chromium + " \"$@\"\n");
            wrapper.toFile().setExecutable(true);
            wrapper.toFile().deleteOnExit();
            return wrapper;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
    }

    @AfterEach
    void closePage() {
        context.close();
        org.assertj.core.api.Assertions.assertThat(policyViolations).as("content security policy violations")
                .isEmpty();
    }

    /** Registers a new account through the registration page; the browser ends up signed in on the home page. */
    protected String registerNewAccount() {
        String username = TestAccounts.uniqueName("walker");
        page.navigate(url("register"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
        page.getByLabel("Password again").fill(TestAccounts.PASSWORD);
        page.getByText("Create account", new Page.GetByTextOptions().setExact(true)).click();
        page.waitForURL(url(""));
        return username;
    }

    /** Answers "No" to every question of the red-flag check, as a new person must before a first workout. */
    protected void passSafetyCheck() {
        passSafetyCheck(page, url("safety"));
    }

    static void passSafetyCheck(Page page, String safetyUrl) {
        page.navigate(safetyUrl);
        answerNoToEveryQuestion(page);
        page.getByText("Thank you", new Page.GetByTextOptions().setExact(true)).waitFor();
    }

    /** On the safety check's page: "No" to every question, then Done; returns how many questions there were. */
    static int answerNoToEveryQuestion(Page page) {
        Locator no = page.locator("vaadin-radio-group.yes-no vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("No"));
        no.first().waitFor();
        int questions = no.count();
        for (int i = 0; i < questions; i++) {
            no.nth(i).click();
        }
        page.getByText("Done", new Page.GetByTextOptions().setExact(true)).click();
        return questions;
    }

    protected void signIn(String username, String password) {
        page.navigate(url("login"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        submitSignIn(page);
    }

    /** Presses the sign-in form's button, as a person does after typing their name and password. */
    static void submitSignIn(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
    }

    /** axe-core on the page as it is now, in light and dark: no serious or critical violation ({@link Axe}). */
    protected void assertAccessible(String where) {
        Axe.assertNoSeriousViolations(page, where);
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
