package app.backcoach.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Sizes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** What a phone downloads on its first visit: text compressed, the bundle's versioned files kept for long. */
class FirstLoadIT extends BrowserIT {

    /** Issue 12's budget for a first visit on a phone: every byte over the wire, compressed, headers included. */
    private static final long BUDGET = 350 * 1024;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSignInPageAndAWorkoutPageEachComeInWithinTheBudget() {
        long signIn = transferred(page, () -> {
            page.navigate(url("login"));
            page.getByLabel("Username").waitFor();
        });
        assertThat(signIn).as("bytes for /login").isPositive().isLessThanOrEqualTo(BUDGET);

        registerNewAccount();
        passSafetyCheck();
        // the same person in a browser with nothing cached
        try (BrowserContext fresh = browser.newContext()) {
            fresh.addCookies(page.context().cookies());
            Page workout = fresh.newPage();
            long bytes = transferred(workout, () -> {
                workout.navigate(url("workout/quick-relief"));
                workout.getByText("Start workout", new Page.GetByTextOptions().setExact(true)).waitFor();
            });
            assertThat(bytes).as("bytes for a workout page").isPositive().isLessThanOrEqualTo(BUDGET);
        }
    }

    @Test
    void aWorkoutPageDoesNotJumpAsItComesInOnALaptopOrAPhone() {
        registerNewAccount();
        passSafetyCheck();
        List<Browser.NewContextOptions> screens = List.of(
                new Browser.NewContextOptions().setViewportSize(1280, 800),
                new Browser.NewContextOptions().setViewportSize(412, 823).setIsMobile(true).setHasTouch(true));
        for (Browser.NewContextOptions screen : screens) {
            try (BrowserContext fresh = browser.newContext(screen)) {
                fresh.addCookies(page.context().cookies());
                countLayoutShifts(fresh);
                Page workout = fresh.newPage();
                workout.navigate(url("workout/quick-relief"));
                workout.getByText("Start workout", new Page.GetByTextOptions().setExact(true)).waitFor();
                workout.waitForLoadState(LoadState.NETWORKIDLE);
                assertThat(layoutShift(workout)).as("layout shift while the workout page comes in at %s wide",
                        screen.viewportSize.get().width).isLessThan(0.01);
            }
        }
    }

    @Test
    void theSignInPageIsInItsOwnHtmlBeforeAnyScriptRunsInTheBrowsersLanguage() {
        try (BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
                .setLocale("es-ES").setViewportSize(390, 844))) {
            Page phone = noScript.newPage();
            phone.navigate(url("login?error"));

            Locator picture = phone.locator(".first-paint");
            assertThat(picture.locator("h2")).hasText("Iniciar sesión");
            assertThat(picture.locator(".sign-in-error")).containsText("No se pudo iniciar sesión");
            assertThat(picture.locator(".sign-in-submit")).isVisible();
            assertThat(picture.locator("h1")).isInViewport();
            // a picture: nothing in it can be used, reached by the keyboard, found by id or posted
            assertThat(picture).hasAttribute("inert", "");
            assertThat(picture).hasAttribute("aria-hidden", "true");
            assertThat(picture.locator("[id], [name], [for]")).hasCount(0);
            assertThat(picture.locator("input:not([disabled]), button:not([disabled])")).hasCount(0);
        }
        try (BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page english = noScript.newPage();
            english.navigate(url("login"));
            assertThat(english.locator(".first-paint h2")).hasText("Sign in");
            assertThat(english.locator(".first-paint .sign-in-error")).hasCount(0);
        }
        // someone signed in may have chosen another language than the browser's: no picture for them
        registerNewAccount();
        try (BrowserContext signedIn = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            signedIn.addCookies(page.context().cookies());
            Page again = signedIn.newPage();
            assertThat(again.navigate(url("login")).status()).isEqualTo(200);
            assertThat(again.locator(".first-paint")).hasCount(0);
        }
    }

    @Test
    void theWorkingSignInPageTakesThePicturesPlaceWithoutAJump() {
        record Screen(int width, int height, String locale, String address) { }
        for (Screen screen : List.of(new Screen(1280, 800, "en-US", "login"), new Screen(412, 823, "en-US", "login"),
                new Screen(412, 823, "es-ES", "login?error"))) {
            double[] drawn;
            try (BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
                    .setViewportSize(screen.width(), screen.height()).setLocale(screen.locale()))) {
                Page picture = noScript.newPage();
                picture.navigate(url(screen.address()));
                drawn = positions(picture.locator(".first-paint main"));
            }
            try (BrowserContext fresh = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(screen.width(), screen.height()).setLocale(screen.locale()))) {
                countLayoutShifts(fresh);
                Page working = fresh.newPage();
                working.navigate(url(screen.address()));
                working.locator("main.sign-in-page input[name=username]").waitFor();
                working.waitForLoadState(LoadState.NETWORKIDLE);

                assertThat(working.locator(".first-paint")).hasCount(0);
                assertThat(working.locator("button[type=submit]")).hasCount(1);
                assertThat(positions(working.locator("main.sign-in-page"))).as("heading, form and links of %s",
                        screen).containsExactly(drawn, offset(1.0));
                assertThat(layoutShift(working)).as("layout shift of %s", screen).isLessThan(0.01);
            }
        }
    }

    /** Where the page's heading, form, link and last paragraph are: x and y of each. */
    private static double[] positions(Locator page) {
        List<Double> at = new ArrayList<>();
        for (String part : List.of("h1", "form", "a", "p >> nth=-1")) {
            var box = page.locator(part).first().boundingBox();
            at.add(box.x);
            at.add(box.y);
        }
        return at.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Counts every layout shift a page of this context makes by itself (not after an input), as Lighthouse does. */
    private static void countLayoutShifts(BrowserContext context) {
        context.addInitScript("""
                window.shifts = 0;
                new PerformanceObserver(list => list.getEntries()
                    .filter(shift => !shift.hadRecentInput).forEach(shift => window.shifts += shift.value))
                  .observe({type: 'layout-shift', buffered: true});
                """);
    }

    private static double layoutShift(Page page) {
        return ((Number) page.evaluate("() => window.shifts")).doubleValue();
    }

    /** What a page load brings over the wire until the network is quiet: bodies as sent (compressed) and headers. */
    private static long transferred(Page page, Runnable load) {
        AtomicLong bytes = new AtomicLong();
        page.onRequestFinished(request -> {
            Sizes sizes = request.sizes();
            bytes.addAndGet(sizes.responseBodySize + sizes.responseHeadersSize);
        });
        load.run();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return bytes.get();
    }

    @Test
    void stylesheetsAndScriptsGoOutCompressedAndTheBundleIsCachedForAYear() throws Exception {
        List<String> stylesheets = new ArrayList<>();
        List<String> bundleFiles = new ArrayList<>();
        page.onResponse(response -> {
            String path = URI.create(response.url()).getPath();
            if (path.endsWith(".css")) {
                stylesheets.add(response.url());
            } else if (path.startsWith("/VAADIN/build/") && path.endsWith(".js")) {
                bundleFiles.add(response.url());
            }
        });
        page.navigate(url("login"));
        page.getByLabel("Username").waitFor();

        assertThat(stylesheets).as("Lumo, its utility classes and styles.css")
                .anyMatch(url -> url.contains("lumo.css")).anyMatch(url -> url.contains("styles.css"));
        for (String url : stylesheets) {
            assertThat(get(url).headers().firstValue("Content-Encoding")).as(url).hasValue("gzip");
        }
        assertThat(bundleFiles).isNotEmpty();
        for (String url : bundleFiles) {
            HttpResponse<byte[]> response = get(url);
            assertThat(response.headers().firstValue("Cache-Control")).as(url)
                    .hasValue("public, max-age=31536000, immutable");
            // below 1 KiB compression is not worth it (server.compression.min-response-size)
            if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray())
                    .body().length >= 1024) {
                assertThat(response.headers().firstValue("Content-Encoding")).as(url).hasValue("gzip");
            }
        }
        assertThat(bundleFiles).as("the bundle's main script, compressed").anySatisfy(url -> assertThat(
                get(url).headers().firstValue("Content-Encoding")).hasValue("gzip"));
    }

    @Test
    void thePageItselfIsCompressedAndNotCachedForLong() throws Exception {
        Response page = this.page.navigate(url("login"));
        assertThat(page.status()).isEqualTo(200);
        HttpResponse<byte[]> html = http.send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("Accept", "text/html").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(html.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
    }

    private HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
