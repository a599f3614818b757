package app.backcoach.e2e;

import app.backcoach.TestAccounts;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class AccountJourneyIT extends BrowserIT {

    @Test
    void registerFollowTheMenusSignOutSignInAndSeeTheLibrary() {
        String username = registerNewAccount();
        assertThat(page.getByText("0 of 2 sessions done")).isVisible();

        // the drawer's links and the item marked current are the browser's work alone (decision 28)
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions()
                .setHasText("History")).click();
        page.waitForURL(url("history"));
        assertThat(page.locator("vaadin-side-nav-item[current]")).hasAttribute("path", "history");
        assertThat(page.locator("vaadin-side-nav-item[current]")).hasCount(1);
        assertThat(page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("History")).and(page.locator("[aria-current=page]"))).isVisible();
        page.getByLabel("Account menu for " + username).click();
        page.getByText("My account").click();
        page.waitForURL(url("account"));
        assertThat(page.locator("vaadin-side-nav-item[current]")).hasCount(0);

        page.getByLabel("Account menu for " + username).click();
        page.getByText("Sign out").click();
        page.waitForURL(url("login"));

        page.navigate(url("exercises"));
        assertThat(page).hasURL(url("login"));

        signIn(username, TestAccounts.PASSWORD);
        // back where the visit was interrupted (Spring's request cache adds "?continue")
        page.waitForURL(Pattern.compile(".*/exercises(\\?continue)?$"));
        assertThat(page.getByText("Prone press-up").first()).isVisible();
    }

    @Test
    void aWrongPasswordShowsAMessageThatRevealsNothing() {
        String username = registerNewAccount();
        page.context().clearCookies();

        signIn(username, "not-the-password");

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Sign-in failed");
        assertThat(page.getByText("Check your username and password")).isVisible();
        assertThat(page).hasURL(url("login?error"));
        assertThat(page.getByLabel("Username")).hasAttribute("aria-describedby", "sign-in-error");
    }

    @Test
    void theSignInFormHasBigTargetsAPasswordThatCanBeShownAndSendsNothingBeforeItsPost() {
        page.setViewportSize(390, 844);
        List<String> vaadinRequests = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("v-r=")) {
                vaadinRequests.add(String.valueOf(request.postData()));
            }
        });
        page.navigate(url("login"));
        Locator username = page.getByLabel("Username");
        Locator password = page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true));
        Locator show = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show password"));
        Locator submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true));
        assertThat(username).isFocused();
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);

        username.fill("someone-typing");
        password.fill("quiet-harbour-lantern");
        assertThat(password).hasAttribute("type", "password");
        show.click();
        assertThat(password).hasAttribute("type", "text");
        assertThat(show).hasAttribute("aria-pressed", "true");
        assertThat(password).hasValue("quiet-harbour-lantern");
        show.click();
        assertThat(password).hasAttribute("type", "password");
        assertThat(show).hasAttribute("aria-pressed", "false");

        // the reflow width of WCAG 2.2 and a phone: every target at least 48 px high and inside the screen
        for (int width : new int[] {390, 320}) {
            page.setViewportSize(width, 844);
            for (Locator target : List.of(username, password, show, submit)) {
                var box = target.boundingBox();
                assertThat(box.height).as("height of %s at %d px", target, width).isGreaterThanOrEqualTo(48);
                assertThat(box.x).isGreaterThanOrEqualTo(0);
                assertThat(box.x + box.width).as("right edge of %s at %d px", target, width).isLessThanOrEqualTo(width);
            }
        }

        // the sign-in page starts no Vaadin client (decision 31): it sends Vaadin nothing at all
        assertThat(vaadinRequests).as("Vaadin's requests from the sign-in page").isEmpty();
    }

    @Test
    void theSameFormInARunningPageSendsVaadinNothingTypedAndSignsIn() {
        String username = registerNewAccount();
        page.context().clearCookies();
        List<String> vaadinRequests = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("v-r=")) {
                vaadinRequests.add(String.valueOf(request.postData()));
            }
        });
        page.navigate(url("register"));
        page.getByLabel("Password again").waitFor();
        page.evaluate("() => window.sameDocument = true");
        Locator toSignIn = page.getByText("Already have an account? Sign in");
        toSignIn.click();
        Locator name = page.getByLabel("Username");
        Locator password = page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true));
        Locator show = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show password"));
        assertThat(page.locator("main.sign-in-page")).isVisible();
        assertThat(page.evaluate("() => window.sameDocument === true")).as("drawn by Vaadin in the running page")
                .isEqualTo(true);

        name.fill("someone-typing");
        password.fill("quiet-harbour-lantern");
        show.click();
        assertThat(password).hasAttribute("type", "text");
        assertThat(show).hasAttribute("aria-pressed", "true");
        show.click();
        assertThat(password).hasAttribute("type", "password");

        // leaving for another page sends Vaadin a request, which would carry any value it kept in sync
        int beforeLeaving = vaadinRequests.size();
        page.getByText("New here? Create an account").click();
        assertThat(page.getByLabel("Password again")).isVisible();
        assertThat(page.evaluate("() => window.sameDocument === true")).isEqualTo(true);
        assertThat(vaadinRequests).hasSizeGreaterThan(beforeLeaving)
                .noneMatch(body -> body.contains("quiet-harbour") || body.contains("someone-typing"));

        toSignIn.click();
        assertThat(page.locator("main.sign-in-page")).isVisible();
        name.fill(username);
        password.fill(TestAccounts.PASSWORD);
        submitSignIn(page);
        page.waitForURL(url(""));
    }

    @Test
    void pagesCarryTheSecurityHeadersAndASafeSessionCookie() {
        Response response = page.navigate(url("login"));
        assertThat(page.getByText("Create an account", new Page.GetByTextOptions()
                .setExact(false))).isVisible();

        assertThat(response.headers()).containsEntry("x-content-type-options", "nosniff")
                .containsEntry("x-frame-options", "DENY")
                .containsEntry("referrer-policy", "same-origin");
        assertThat(page.context().cookies()).filteredOn(cookie -> cookie.name.equals("JSESSIONID"))
                .singleElement().satisfies(cookie -> {
                    assertThat(cookie.httpOnly).isTrue();
                    assertThat(cookie.sameSite).hasToString("LAX");
                });
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        String username = registerNewAccount();
        page.context().clearCookies();
        page.navigate(url("login"));
        String before = sessionId();

        signIn(username, TestAccounts.PASSWORD);
        page.waitForURL(url(""));

        assertThat(sessionId()).isNotEqualTo(before);
    }

    @Test
    void aBrowserKeepsADeviceCookieAndSignsInAfterSomeoneElsesFailures() {
        String username = registerNewAccount();
        assertThat(page.context().cookies()).filteredOn(cookie -> cookie.name.equals("backcoach-device"))
                .singleElement().satisfies(cookie -> {
                    assertThat(cookie.httpOnly).isTrue();
                    assertThat(cookie.path).isEqualTo("/login");
                });
        page.getByLabel("Account menu for " + username).click();
        page.getByText("Sign out").click();
        page.waitForURL(url("login"));

        try (BrowserContext other = page.context().browser().newContext()) {
            Page someoneElse = other.newPage();
            for (int i = 0; i < 3; i++) {
                someoneElse.navigate(url("login"));
                someoneElse.getByLabel("Username").fill(username);
                someoneElse.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("guess-" + i);
                submitSignIn(someoneElse);
                someoneElse.waitForURL(url("login?error"));
            }
        }

        signIn(username, TestAccounts.PASSWORD);
        page.waitForURL(Pattern.compile(".*/(\\?continue)?$"));
        assertThat(page.getByText("0 of 2 sessions done")).isVisible();
        assertThat(page.locator(".sign-in-notice")).hasText(
                "Since you last signed in, there were 3 failed sign-in attempts for your account. "
                        + "If that was not you, change your password in My account.");
    }

    @Test
    void aPasswordChangeSignsOutTheOtherBrowser() {
        String username = registerNewAccount();
        try (BrowserContext other = page.context().browser().newContext()) {
            Page phone = other.newPage();
            phone.navigate(url("login"));
            phone.getByLabel("Username").fill(username);
            phone.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
            submitSignIn(phone);
            phone.waitForURL(Pattern.compile(".*/(\\?continue)?$"));

            page.navigate(url("account"));
            String next = "quiet-harbour-lantern-7";
            page.getByLabel("Current password").fill(TestAccounts.PASSWORD);
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(next);
            page.getByLabel("New password again").fill(next);
            page.getByText("Change password", new Page.GetByTextOptions().setExact(true)).last().click();
            assertThat(page.getByText("Your password has been changed.")).isVisible();

            phone.navigate(url("exercises"));
            phone.waitForURL(Pattern.compile(".*/login$"));
            page.navigate(url("exercises"));
            assertThat(page).hasURL(url("exercises"));
        }
    }

    @Test
    void theHistoryDownloadCarriesThePoliciesAndIsNotStored() {
        registerNewAccount();
        page.navigate(url("history"));
        String href = page.getByText("Download my history (CSV)").getAttribute("href");

        APIResponse download = page.request().get(url("").replaceAll("/$", "") + "/" + href.replaceFirst("^/", ""));

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers()).containsEntry("cache-control", "no-store")
                .containsEntry("permissions-policy", "camera=(), microphone=(), geolocation=(), screen-wake-lock=(self)")
                .hasEntrySatisfying("content-security-policy", csp -> assertThat(csp).contains("object-src 'none'"));
    }

    @Test
    void allMyDataDownloadsAsAZipOfTheSignedInPersonThatIsNotStored() throws IOException {
        String username = registerNewAccount();
        page.navigate(url("account"));
        String href = page.getByText("Download all my data (ZIP)").getAttribute("href");

        APIResponse download = page.request().get(url("").replaceAll("/$", "") + "/" + href.replaceFirst("^/", ""));

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers()).containsEntry("cache-control", "no-store")
                .containsEntry("content-type", "application/zip")
                .hasEntrySatisfying("content-disposition", value -> assertThat(value)
                        .startsWith("attachment").contains("backcoach-my-data.zip"));
        String json = "";
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".json")) {
                    json = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(json).contains("\"username\" : \"" + username + "\"");
    }

    private String sessionId() {
        return page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).findFirst().orElse("");
    }
}
