package app.backcoach.e2e;

import app.backcoach.TestAccounts;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.Sizes;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.options.WaitUntilState;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

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
                Page workout = workoutPageIn(fresh);
                workout.waitForLoadState(LoadState.NETWORKIDLE);
                assertThat(layoutShift(workout)).as("layout shift while the workout page comes in at %s wide",
                        screen.viewportSize.get().width).isLessThan(0.01);
            }
        }
    }

    @Test
    void aWorkoutPageShowsItsRoutineBeforeItsScriptsHaveRunWhereThePageWillShowIt() {
        registerNewAccount();
        passSafetyCheck();
        for (Browser.NewContextOptions screen : List.of(
                new Browser.NewContextOptions().setViewportSize(1280, 800),
                new Browser.NewContextOptions().setViewportSize(412, 823).setIsMobile(true).setHasTouch(true))) {
            int width = screen.viewportSize.get().width;
            List<String> pictured;
            double[] picturedAt;
            try (BrowserContext noClient = browser.newContext(screen)) {
                noClient.addCookies(page.context().cookies());
                Page phone = noClient.newPage();
                // as a slow phone shows it before Vaadin's client has loaded: here the client never does
                phone.route("**/VAADIN/build/**", Route::abort);
                phone.navigate(url("workout/quick-relief"));
                Locator picture = phone.locator("#first-paint");
                assertThat(picture).isVisible();
                assertThat(picture).hasAttribute("inert", "");
                assertThat(picture).hasAttribute("aria-hidden", "true");
                assertThat(picture.locator("h1")).isInViewport();
                assertThat(picture.locator(".routine-summary li").first()).isVisible();
                assertThat(picture.getByText("Start workout")).hasCount(0);
                pictured = texts(picture);
                picturedAt = summaryPositions(picture);
            }
            try (BrowserContext app = browser.newContext(screen)) {
                Page phone = workoutPageIn(app);
                assertThat(phone.locator("#first-paint")).hasCount(0);
                Locator intro = phone.locator(".workout-intro");
                assertThat(texts(intro)).as("the picture's lines at %s wide", width).isEqualTo(pictured);
                assertThat(summaryPositions(intro)).as("title and routine at %s wide", width)
                        .containsExactly(picturedAt, offset(1.0));
                assertThat(layoutShift(phone)).isLessThan(0.01);
            }
        }
        // the same person's browser, asking for the page of a routine that cannot be opened
        String other = page.request().get(url("workout/no-such-routine"),
                RequestOptions.create().setHeader("Accept", "text/html")).text();
        assertThat(other).as("a routine that cannot be opened").contains("id=\"outlet\"").doesNotContain("first-paint");
        String spanish = page.request().get(url("workout/quick-relief"), RequestOptions.create()
                .setHeader("Accept", "text/html").setHeader("Accept-Language", "es-ES,es;q=0.9")).text();
        assertThat(spanish).as("the picture in the page's language").contains("<html lang=\"es-ES\"", "<h1>Inicio suave</h1>",
                "Mantén 5 s · 10 repeticiones · 2 series", "Unos 7 minutos").doesNotContain("Hold 5 s");
    }

    /**
     * The workout page in a new browser ({@code context}) of the person signed in in {@code page}, its layout
     * shifts counted, once it shows Start.
     */
    private Page workoutPageIn(BrowserContext context) {
        context.addCookies(page.context().cookies());
        countLayoutShifts(context);
        Page workout = context.newPage();
        workout.navigate(url("workout/quick-relief"));
        workout.getByText("Start workout", new Page.GetByTextOptions().setExact(true)).waitFor();
        return workout;
    }

    /** The title, the routine's description and its exercises, as the page shows them. */
    private static List<String> texts(Locator page) {
        List<String> lines = new ArrayList<>(List.of(page.locator("h1").innerText()));
        lines.addAll(page.locator(".routine-summary p, .routine-summary li").allInnerTexts());
        return lines;
    }

    private static double[] summaryPositions(Locator page) {
        List<Double> at = new ArrayList<>();
        for (String part : List.of("h1", ".routine-summary p", ".routine-duration", ".routine-summary li >> nth=-1")) {
            var box = page.locator(part).first().boundingBox();
            at.add(box.x);
            at.add(box.y);
            at.add(box.width);
        }
        return at.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void theSignInPageWorksWithoutAnyScriptInTheBrowsersLanguage() {
        try (BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
                .setLocale("es-ES").setViewportSize(390, 844))) {
            Page phone = noScript.newPage();
            phone.navigate(url("login?error"));

            Locator signIn = phone.locator("main.sign-in-page");
            assertThat(signIn.locator("h2")).hasText("Iniciar sesión");
            assertThat(signIn.locator(".sign-in-error")).containsText("No se pudo iniciar sesión");
            assertThat(phone.getByLabel("Nombre de usuario")).hasAttribute("aria-describedby", "sign-in-error");
            assertThat(signIn.locator(".sign-in-submit")).isVisible();
            assertThat(signIn.locator("h1")).isInViewport();
            assertThat(phone).hasTitle("Iniciar sesión · BackCoach");
            assertThat(phone.locator("html")).hasAttribute("lang", Pattern.compile("^es(-[A-Z]+)?$"));
        }
        String username = registerNewAccount();
        try (BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page english = noScript.newPage();
            english.navigate(url("login"));
            assertThat(english.locator("main.sign-in-page h2")).hasText("Sign in");
            assertThat(english.locator("html")).hasAttribute("lang", Pattern.compile("^en(-[A-Z]+)?$"));
            assertThat(english.locator(".sign-in-error")).hasCount(0);
            english.getByLabel("Username").fill(username);
            english.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
            submitSignIn(english);
            english.waitForURL(url(""));
            // signed in: the same address now answers with the app's own page (Vaadin's view, drawn by its client)
            assertThat(english.navigate(url("login")).status()).isEqualTo(200);
            assertThat(english.locator("main.sign-in-page")).hasCount(0);
        }
    }

    @Test
    void theSignInPageStartsNoClientDoesNotJumpAndLooksLikeTheViewInTheApp() {
        record Screen(int width, int height, String locale, String address) { }
        registerNewAccount();
        for (Screen screen : List.of(new Screen(1280, 800, "en-US", "login"), new Screen(412, 823, "en-US", "login"),
                new Screen(412, 823, "es-ES", "login?error"))) {
            double[] plain;
            try (BrowserContext fresh = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(screen.width(), screen.height()).setLocale(screen.locale()))) {
                countLayoutShifts(fresh);
                Page phone = fresh.newPage();
                List<String> clientRequests = new ArrayList<>();
                phone.onRequest(request -> {
                    if (request.url().contains("/VAADIN/") || request.url().contains("v-r=")) {
                        clientRequests.add(request.url());
                    }
                });
                phone.navigate(url(screen.address()));
                phone.waitForLoadState(LoadState.NETWORKIDLE);

                assertThat(clientRequests).as("Vaadin's client and its requests, %s", screen).isEmpty();
                assertThat(phone.evaluate("() => document.activeElement.id")).as("the field with the focus")
                        .isEqualTo("username");
                Locator password = phone.locator("main.sign-in-page input[name=password]");
                phone.locator(".reveal-password").click();
                assertThat(password).hasAttribute("type", "text");
                assertThat(phone.locator(".reveal-password")).hasAttribute("aria-pressed", "true");
                phone.locator(".reveal-password").click();
                assertThat(password).hasAttribute("type", "password");
                assertThat(layoutShift(phone)).as("layout shift of %s", screen).isLessThan(0.01);
                plain = positions(phone.locator("main.sign-in-page"));
            }
            // the same form as Vaadin's view, as a running page shows it (here for someone signed in)
            try (BrowserContext app = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(screen.width(), screen.height()).setLocale(screen.locale()))) {
                app.addCookies(page.context().cookies());
                Page view = app.newPage();
                view.navigate(url(screen.address()));
                view.locator("main.sign-in-page input[name=username]").waitFor();
                if (screen.address().endsWith("?error")) {
                    view.locator(".sign-in-error").waitFor();
                }
                assertThat(positions(view.locator("main.sign-in-page"))).as("heading, form and links of %s",
                        screen).containsExactly(plain, offset(1.0));
            }
        }
    }

    @Test
    void noStylesheetHoldsThePagesFirstPaintAndAPlainBrowserStillGetsThemAll() throws Exception {
        String html = http.send(HttpRequest.newBuilder(URI.create(url("login"))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String head = html.substring(0, html.indexOf("</head>"));
        String outsideNoScript = head.replaceAll("(?s)<noscript>.*?</noscript>", "");
        assertThat(outsideNoScript).as("the head, scripts aside").doesNotContainPattern("<link[^>]*rel=\"stylesheet\"")
                .containsPattern(preload("lumo/lumo")).containsPattern(preload("lumo/utility"))
                .containsPattern(preload("styles"));
        String register = http.send(HttpRequest.newBuilder(URI.create(url("register"))).header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofString()).body().replaceAll("(?s)<noscript>.*?</noscript>", "");
        assertThat(register).as("a page that Vaadin's client draws keeps Vaadin's stylesheets")
                .containsPattern("<link(?=[^>]*href=\"\\./lumo/lumo\\.css)(?=[^>]*rel=\"stylesheet\")[^>]*>")
                .doesNotContainPattern(preload("lumo/lumo")).doesNotContainPattern(preload("styles"));
        String noScript = head.substring(head.indexOf("<noscript>"), head.indexOf("</noscript>"));
        for (String sheet : List.of("lumo/lumo", "lumo/utility", "styles")) {
            assertThat(noScript).as("for a browser that runs no script").containsPattern("<link(?=[^>]*href=\"\\./"
                    + sheet + "\\.css)(?=[^>]*rel=\"stylesheet\")[^>]*>");
        }

        page.navigate(url("login"));
        page.getByLabel("Username").waitFor();
        assertThat(page.evaluate("() => [...document.querySelectorAll('link[data-id^=appShell-]')]"
                + ".map(link => link.rel + ' ' + [...document.styleSheets].includes(link.sheet))"))
                .as("Lumo, its utility classes and styles.css, each applied").isEqualTo(List.of(
                        "stylesheet true", "stylesheet true", "stylesheet true"));
        assertThat(page.evaluate("() => getComputedStyle(document.body).visibility")).isEqualTo("visible");
    }

    @Test
    void thePageStaysHiddenUntilItsStylesHaveArrivedAndIsShownIfOneFails() {
        try (BrowserContext slow = browser.newContext()) {
            Page phone = slow.newPage();
            List<Route> held = new ArrayList<>();
            phone.route("**/lumo/lumo.css*", held::add);
            phone.navigate(url("login"), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
            phone.waitForCondition(() -> !held.isEmpty());
            phone.locator("main.sign-in-page h1").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
            assertThat(phone.evaluate("() => getComputedStyle(document.body).visibility"))
                    .as("the page while Lumo is on its way: nothing shown unstyled").isEqualTo("hidden");

            held.forEach(Route::resume);
            assertThat(phone.getByLabel("Username")).isVisible();
            // the browser drops the autofocus of a field it cannot show; the page gives the focus once shown
            phone.waitForFunction("() => document.activeElement.id === 'username'");
        }
        try (BrowserContext broken = browser.newContext()) {
            Page phone = broken.newPage();
            phone.route("**/lumo/utility.css*", Route::abort);
            phone.navigate(url("login"));
            assertThat(phone.getByLabel("Username")).isVisible();
            assertThat(phone.evaluate("() => getComputedStyle(document.body).visibility")).isEqualTo("visible");
        }
    }

    /** A link that fetches {@code ./<name>.css} at once without applying it yet (its attributes in any order). */
    private static String preload(String name) {
        return "<link(?=[^>]*href=\"\\./" + name.replace(".", "\\.") + "\\.css)(?=[^>]*rel=\"preload\")(?=[^>]*as=\"style\")[^>]*>";
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
        // a page drawn by Vaadin's client (the sign-in page starts none)
        page.navigate(url("register"));
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
