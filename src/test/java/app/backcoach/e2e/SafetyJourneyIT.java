package app.backcoach.e2e;

import app.backcoach.TestRoutines;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A new person's first workout goes through the safety check, with pain rated before and after; then home care. */
class SafetyJourneyIT extends BrowserIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstRunCheckThenAWorkoutWithPainBeforeAndAfter() {
        String username = registerNewAccount();
        long userId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        long routineId = TestRoutines.create(jdbc, userId, "Two tilts", "pelvic-tilt", 1, 2, 1, 0);

        page.navigate(url("workout/" + routineId));
        assertThat(page.getByText("First, a quick safety check")).isVisible();
        assertThat(page.getByText("Start workout", new Page.GetByTextOptions().setExact(true))).hasCount(0);
        page.getByText("Take the safety check").click();

        assertThat(answerNoToEveryQuestion(page)).isEqualTo(9);
        page.getByText("Go to my workout").click();

        painScale().nth(6).click();
        page.getByText("Start workout", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("Well done")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        painScale().nth(3).click();
        assertThat(painScale().nth(3)).hasAttribute("checked", "");

        Map<String, Object> workout = Map.of();
        for (int attempt = 0; attempt < 50 && !Integer.valueOf(3).equals(workout.get("PAIN_AFTER")); attempt++) {
            // the rating travels to the server in the click's own request; give it time to land
            page.waitForTimeout(100);
            workout = jdbc.queryForMap("select status, pain_before, pain_after from workout where routine_id = ?",
                    routineId);
        }
        assertThat(workout).containsEntry("STATUS", "COMPLETED").containsEntry("PAIN_BEFORE", 6)
                .containsEntry("PAIN_AFTER", 3);
    }

    @Test
    void theCareTimerStartsCountsDownAndStops() {
        registerNewAccount();
        page.navigate(url("care"));
        page.getByText("Start walk").click();

        Locator timer = page.locator("bc-phase-timer[data-phase='Walk']");
        assertThat(timer).isAttached();
        assertThat(timer.locator(".digits")).hasText(java.util.regex.Pattern.compile("^4:5\\d$|^5:00$"));
        page.getByText("Stop", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("Stopped in under a minute, so nothing was saved.")).isVisible();
        assertThat(page.locator("bc-phase-timer")).hasAttribute("data-kind", "done");

        // the same kind again starts afresh
        page.getByText("Start walk").click();
        assertThat(timer).isAttached();
        assertThat(timer.locator(".digits")).hasText(java.util.regex.Pattern.compile("^4:5\\d$|^5:00$"));
        page.getByText("Stop", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("bc-phase-timer")).hasAttribute("data-kind", "done");
    }

    private Locator painScale() {
        return page.locator("vaadin-radio-group.pain-scale vaadin-radio-button");
    }
}
