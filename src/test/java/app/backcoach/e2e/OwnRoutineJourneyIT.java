package app.backcoach.e2e;

import app.backcoach.TestAccounts;
import app.backcoach.TestRoutines;
import app.backcoach.security.AccountService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Making a routine of one's own in the browser, running it, and finding it in the history. */
class OwnRoutineJourneyIT extends BrowserIT {

    /** A name with markup: it must show exactly as typed, never as HTML. */
    private static final String NAME = "<b>My</b> tilts <script>x</script>";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;

    @Test
    void aRoutineMadeInTheEditorRunsAndShowsUpInTheHistory() {
        String username = registerNewAccount();
        passSafetyCheck();
        page.navigate(url("routines"));
        page.getByText("New routine", new Page.GetByTextOptions().setExact(true)).first().click();
        page.waitForURL(url("routines/new"));

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(NAME);
        addExercise("Pelvic tilt");
        page.getByLabel("Hold (seconds)").fill("1");
        page.getByLabel("Reps", new Page.GetByLabelOptions().setExact(true)).fill("2");
        page.getByLabel("Sets", new Page.GetByLabelOptions().setExact(true)).fill("1");
        page.getByLabel("Rest (seconds)").fill("0");
        page.getByText("Gentle progression: off").click();
        assertThat(page.getByText("Gentle progression: on")).isVisible();
        page.getByText("Save routine").click();

        page.waitForURL(url("routines"));
        assertThat(page.getByText(NAME, new Page.GetByTextOptions().setExact(true))).isVisible();
        long routineId = jdbc.queryForObject("select r.id from routine r join app_user u on u.id = r.user_id "
                + "where u.username = ?", Long.class, username);
        assertThat(jdbc.queryForObject("select reps from routine_exercise where routine_id = ?", Integer.class,
                routineId)).isEqualTo(2);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start " + NAME)).click();
        page.waitForURL(url("workout/" + routineId));
        page.getByText("Start workout").click();
        assertThat(page.getByText("Well done")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));

        page.getByText("See history").click();
        assertThat(page.getByText(NAME, new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        assertThat(jdbc.queryForObject("select status from workout where routine_id = ?", String.class, routineId))
                .isEqualTo("COMPLETED");
    }

    @Test
    void aSavedRoutineOpensTheRoutinesAtTheirTopAndNotWhereTheEditorWasScrolled() {
        copyQuickReliefOnAPhoneNamed("Mine, from the top");
        Locator save = page.getByText("Save routine");
        save.scrollIntoViewIfNeeded();
        assertThat(contentScrollTop()).as("the editor, scrolled to its Save").isGreaterThan(200);

        save.click();
        page.waitForURL(url("routines"));
        assertThat(page.getByText("Mine, from the top", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.waitForTimeout(300);
        assertThat(contentScrollTop()).as("the routines, opened after saving").isZero();
    }

    @Test
    void aRefusedSaveTakesTheKeyboardAndTheViewToTheFieldToFix() {
        copyQuickReliefOnAPhoneNamed("");
        Locator save = page.getByText("Save routine");
        save.scrollIntoViewIfNeeded();
        save.click();

        assertThat(page.getByText("Please correct the fields marked in red. Nothing was saved.")).isVisible();
        Locator name = page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true));
        assertThat(name).isFocused();
        assertThat(name).isInViewport();
    }

    /** A new person on a 390 x 844 phone, in the editor of a copy of "Quick relief", with its name set to {@code name}. */
    private void copyQuickReliefOnAPhoneNamed(String name) {
        registerNewAccount();
        page.setViewportSize(390, 844);
        page.navigate(url("routines/quick-relief/copy"));
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
    }

    private double contentScrollTop() {
        return ((Number) page.evaluate("() => document.querySelector('vaadin-app-layout').shadowRoot"
                + ".querySelector('[part=content]').scrollTop")).doubleValue();
    }

    @Test
    void theSecondOfTwoTabsIsToldThatTheRoutineChangedAndTheEditorFitsAPhone() {
        copyQuickReliefOnAPhoneNamed("Quick relief, my doses");
        page.getByText("Save routine").click();
        page.waitForURL(url("routines"));
        String id = jdbc.queryForObject("select max(id) from routine where name = 'Quick relief, my doses'",
                Long.class).toString();

        Page otherTab = page.context().newPage();
        otherTab.navigate(url("routines/" + id + "/edit"));
        page.navigate(url("routines/" + id + "/edit"));
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Quick relief, my doses");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/routine-editor-390.png")));

        otherTab.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Saved in the other tab");
        otherTab.getByText("Save routine").click();
        otherTab.waitForURL(url("routines"));
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Saved in this tab");
        page.getByText("Save routine").click();

        assertThat(page.getByText("This routine was changed or deleted elsewhere")).isVisible();
        assertThat(page.getByText("Reload", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(jdbc.queryForObject("select name from routine where id = ?", String.class, Long.parseLong(id)))
                .isEqualTo("Saved in the other tab");

        page.navigate(url("routines"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete Saved in the other tab")
                .setExact(true)).first().click();
        assertThat(page.getByText("Delete “Saved in the other tab”?", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        page.locator(".delete-confirmation vaadin-button").first().click();
        assertThat(page.getByText("The routine is deleted.")).isVisible();
        assertThat(jdbc.queryForObject("select count(*) from routine where id = ?", Integer.class, Long.parseLong(id)))
                .isZero();
    }

    @Test
    void anUnknownOrSomeoneElsesRoutineAnswersNotFound() {
        registerNewAccount();

        Response edit = page.navigate(url("routines/999999999/edit"));
        assertThat(edit.status()).isEqualTo(404);
        assertThat(page.getByText("Page not found")).isVisible();
        assertThat(page.navigate(url("routines/quick-relief/edit")).status()).isEqualTo(404);
        assertThat(page.navigate(url("workout/999999999")).status()).isEqualTo(404);
        assertThat(page.navigate(url("routines/quick-relief/copy")).status()).isEqualTo(200);
        assertThat(page.navigate(url("workout/quick-relief")).status()).as("the renamed routine's old address")
                .isEqualTo(200);
        assertThat(page.getByText("Gentle start").first()).isVisible();
        assertThat(page.navigate(url("routines/new")).status()).isEqualTo(200);

        long otherId = TestAccounts.create(accounts, "other").id();
        long theirs = TestRoutines.create(jdbc, otherId, "Not yours", "pelvic-tilt", 2, 2, 1, 0);
        for (String path : new String[] {"routines/" + theirs + "/edit", "routines/" + theirs + "/copy",
                "workout/" + theirs}) {
            assertThat(page.navigate(url(path)).status()).as(path).isEqualTo(404);
        }
        assertThat(page.getByText("Not yours")).hasCount(0);
    }

    private void addExercise(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add " + name).setExact(true)).click();
    }
}
