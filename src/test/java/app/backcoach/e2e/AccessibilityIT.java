package app.backcoach.e2e;

import app.backcoach.TestRoutines;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * axe-core on every page of a new person's way, in light and dark ({@link Axe}); the journeys check the pages
 * they visit too (the library, the safety check's answers, "This hurts"). The pain scale's choices carry their
 * full names.
 */
class AccessibilityIT extends BrowserIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPageOfANewPersonsWayHasNoSeriousOrCriticalViolation() {
        page.navigate(url("login"));
        assertThat(page.getByLabel("Username")).isVisible();
        assertAccessible("the sign-in page");
        page.navigate(url("register"));
        assertThat(page.getByLabel("Password again")).isVisible();
        assertAccessible("the registration page");

        String username = registerNewAccount();
        assertThat(page.getByText("0 of 2 sessions done")).isVisible();
        assertAccessible("Today");
        visit("routines", "Gentle start", "the routines");
        visit("routines/new", "Save routine", "the routine editor");
        visit("progress", "Progress", "progress");
        visit("care", "Start walk", "home care");
        visit("account", "Download all my data (ZIP)", "My account");

        page.navigate(url("safety"));
        page.locator("vaadin-radio-group.yes-no").first().waitFor();
        assertAccessible("the safety check's questions");
        answerNoToEveryQuestion(page);
        assertThat(page.getByText("Thank you", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertAccessible("the safety check's all-clear");

        long userId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        long routineId = TestRoutines.create(jdbc, userId, "Checked tilts", "pelvic-tilt", 6, 1, 1, 0);
        page.navigate(url("workout/" + routineId));
        assertThat(page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions()
                .setName("How much does your back hurt right now? (optional)"))).hasCount(1);
        // the choices' names as a screen reader gets them (their round radio marks are not drawn)
        for (String name : new String[] {"0, no pain", "1", "5, moderate pain", "9", "10, worst possible pain"}) {
            assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(name).setExact(true)))
                    .hasCount(1);
        }
        assertAccessible("the workout before its start");
        page.getByText("Start workout", new Page.GetByTextOptions().setExact(true)).click();
        page.locator("bc-phase-timer[data-kind='hold']").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
        assertAccessible("the workout during a hold");
        assertThat(page.getByText("Well done")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertAccessible("the workout's summary");

        page.navigate(url("history"));
        assertThat(page.locator("vaadin-grid").getByText("Checked tilts")).isVisible();
        assertAccessible("the history");
        page.locator("vaadin-grid").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Checked tilts"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Checked tilts")))
                .isVisible();
        assertAccessible("a workout's details");
        visit("plan", "My plan", "My plan");
    }

    @Test
    void theSafetyChecksAdviceForADoctorSoonHasNoSeriousOrCriticalViolation() {
        registerNewAccount();
        page.navigate(url("safety"));
        Locator questions = page.locator("vaadin-radio-group.yes-no");
        questions.first().waitFor();
        for (int i = 0; i < questions.count(); i++) {
            Locator question = questions.nth(i);
            boolean yes = question.textContent().contains("You feel unwell in general.");
            question.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(yes ? "Yes" : "No"))
                    .click();
        }
        page.getByText("Done", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".warning-panel")).isVisible();
        assertAccessible("the safety check's advice to see a doctor soon");
    }

    /** Opens a page, waits for a text of it, and checks it. */
    private void visit(String path, String text, String where) {
        page.navigate(url(path));
        assertThat(page.getByText(text, new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        assertAccessible(where);
    }
}
