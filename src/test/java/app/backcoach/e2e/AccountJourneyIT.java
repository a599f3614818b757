package app.backcoach.e2e;

import app.backcoach.TestAccounts;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class AccountJourneyIT extends BrowserIT {

    @Test
    void registerSignOutSignInAndSeeTheLibrary() {
        String username = registerNewAccount();
        assertThat(page.getByText("0 of 2 sessions done")).isVisible();

        page.getByLabel("Account menu for " + username).click();
        page.getByText("Sign out").click();
        page.waitForURL(url("login"));

        page.navigate(url("exercises"));
        assertThat(page).hasURL(url("login"));

        signIn(username, TestAccounts.PASSWORD);
        // back where the visit was interrupted (Spring's request cache adds "?continue")
        page.waitForURL(java.util.regex.Pattern.compile(".*/exercises(\\?continue)?$"));
        assertThat(page.getByText("Prone press-up").first()).isVisible();
    }

    @Test
    void aWrongPasswordShowsAMessageThatRevealsNothing() {
        String username = registerNewAccount();
        page.context().clearCookies();

        signIn(username, "not-the-password");

        assertThat(page.getByText("Check your username and password")).isVisible();
        assertThat(page).hasURL(url("login?error"));
    }

    @Test
    void pagesCarryTheSecurityHeadersAndASafeSessionCookie() {
        Response response = page.navigate(url("login"));
        assertThat(page.getByText("Create an account", new com.microsoft.playwright.Page.GetByTextOptions()
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

    private String sessionId() {
        return page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).findFirst().orElse("");
    }
}
