package app.backcoach.e2e;

import app.backcoach.TestRoutines;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ForcedColors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.List;
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

        assertThat(answerNoToEveryQuestion(page)).isEqualTo(17);
        page.getByText("Go to my workout").click();

        // as a screen reader gets the scale: a named radio group of eleven choices, three of them with their meaning
        assertThat(page.locator("bc-pain-scale")).matchesAriaSnapshot("""
                - radiogroup "How much does your back hurt right now? (optional)":
                  - radio "0, no pain"
                  - radio "1"
                  - radio "2"
                  - radio "3"
                  - radio "4"
                  - radio "5, moderate pain"
                  - radio "6"
                  - radio "7"
                  - radio "8"
                  - radio "9"
                  - radio "10, worst possible pain"
                """);
        // as the eye gets it: each number, and short words under 0, 5 and 10
        assertThat(painScale()).hasText(new String[] {"0No pain", "1", "2", "3", "4", "5Moderate", "6", "7", "8", "9",
                "10Worst possible"});
        painScale().nth(6).click();
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("6").setExact(true)))
                .isChecked();
        // in high contrast (forced colours) the choice still stands out from the others
        page.emulateMedia(new Page.EmulateMediaOptions().setForcedColors(ForcedColors.ACTIVE));
        assertThat(faceBackground(6)).as("the chosen face in forced colours").isNotEqualTo(faceBackground(5));
        page.emulateMedia(new Page.EmulateMediaOptions().setForcedColors(ForcedColors.NONE));
        page.getByText("Start workout", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("Well done")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        painScale().nth(3).click();
        assertThat(page.locator(".pain-after").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName("3").setExact(true))).isChecked();

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

    @Test
    void aSameDayAnswerPausesWorkoutsWithoutTheEmergencyScreen() {
        registerNewAccount();
        page.setViewportSize(390, 844);
        page.navigate(url("safety"));
        page.locator("vaadin-radio-group.yes-no").first().waitFor();
        shoot("safety-check-phone.png");
        // in high contrast (forced colours) the chosen answer still stands out from the other
        page.emulateMedia(new Page.EmulateMediaOptions().setForcedColors(ForcedColors.ACTIVE));
        Locator firstQuestion = page.locator("vaadin-radio-group.yes-no").first().locator("vaadin-radio-button");
        firstQuestion.filter(new Locator.FilterOptions().setHasText("No")).click();
        List<?> backgrounds = (List<?>) firstQuestion.evaluateAll(
                "answers => answers.map(a => getComputedStyle(a).backgroundColor)");
        assertThat(backgrounds).as("the backgrounds of No (chosen) and Yes in forced colours").hasSize(2)
                .doesNotHaveDuplicates();
        // and the account menu's name keeps clear of the border the system draws round its button
        assertThat((Boolean) page.evaluate("() => { const item = document.querySelector('.user-menu vaadin-menu-bar-item');"
                + " return item.querySelector('span').getBoundingClientRect().right"
                + " < item.getBoundingClientRect().right - 1; }")).as("room for the account name in forced colours")
                .isTrue();
        page.emulateMedia(new Page.EmulateMediaOptions().setForcedColors(ForcedColors.NONE));
        answer("Sneezing, coughing or pooing makes the pain worse.");

        assertThat(page.getByText("Call your doctor today")).isVisible();
        assertThat(page.getByText("Call emergency services now")).hasCount(0);
        assertThat(page.locator(".emergency-panel")).hasCount(0);
        shoot("same-day-phone.png");
        assertAccessible("the safety check's advice to see a doctor today");
        page.setViewportSize(1280, 800);
        assertThat(page.locator(".big-checkbox").boundingBox().height).as("the row that says a doctor has seen me")
                .isGreaterThanOrEqualTo(44);

        page.getByText("Go to Today", new Page.GetByTextOptions().setExact(true)).click();
        page.waitForURL(url(""));
        assertThat(page.locator(".today-safety")).containsText("Workouts are paused");

        page.navigate(url("workout/gentle-start"));
        assertThat(page.getByText("Workouts are paused")).isVisible();
        assertThat(page.getByText("Start workout", new Page.GetByTextOptions().setExact(true))).hasCount(0);
    }

    @Test
    void anEmergencyAnswerShowsOneBigCallButtonForTheCountrysNumber() {
        registerNewAccount();
        page.setViewportSize(390, 844);
        page.navigate(url("safety"));
        answer("You have chest pain as well as back pain.");

        assertThat(page.getByText("Call emergency services now")).isVisible();
        Locator call = page.locator("a.call-button-main");
        assertThat(call).hasAttribute("href", "tel:911");
        assertThat(call).hasText("Call 911");
        assertThat(call).isInViewport();
        shoot("emergency-phone.png");
        assertAccessible("the safety check's emergency screen");
    }

    @Test
    void aWorkoutThatTookThePainFromThreeToEightShowsStopForToday() {
        String username = registerNewAccount();
        long userId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        long routineId = TestRoutines.create(jdbc, userId, "Two tilts", "pelvic-tilt", 1, 2, 1, 0);
        passSafetyCheck();
        page.setViewportSize(390, 844);

        page.navigate(url("workout/" + routineId));
        painScale().nth(3).click();
        page.getByText("Start workout", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("Well done")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        painScale().nth(8).click();

        assertThat(page.getByText("Stop for today", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("Go to home care")).isVisible();
        page.locator(".advice-box").first().scrollIntoViewIfNeeded();
        shoot("stop-for-today-phone.png");
        assertAccessible("the summary advising to stop for today");
    }

    @Test
    void thisHurtsPausesTheWorkoutAndAsksWhatHappened() {
        registerNewAccount();
        passSafetyCheck();
        page.setViewportSize(390, 844);
        page.navigate(url("workout/gentle-start"));
        page.getByText("Start workout", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("bc-phase-timer[data-phase='Get ready']")).isAttached();

        page.getByText("This hurts", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("What happened?")).isVisible();
        assertThat(page.getByText("Resume", new Page.GetByTextOptions().setExact(true))).isVisible();
        shoot("this-hurts-phone.png");
        assertAccessible("the workout's \"This hurts\" question");
        page.getByText("Sharp pain", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("Stop this exercise")).isVisible();
        page.getByText("End the workout", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("Workout saved")).isVisible();
    }

    @Test
    void doneWithQuestionsUnansweredTakesTheKeyboardAndTheViewToTheFirstOfThem() {
        registerNewAccount();
        page.setViewportSize(390, 844);
        page.navigate(url("safety"));
        Locator done = page.getByText("Done", new Page.GetByTextOptions().setExact(true));
        done.scrollIntoViewIfNeeded();
        done.click();

        Locator first = page.locator("vaadin-radio-group.yes-no").first();
        assertThat(first).hasAttribute("invalid", "");
        assertThat((Boolean) first.evaluate("group => group.contains(document.activeElement)"))
                .as("the focus is in the first question").isTrue();
        assertThat(first).isInViewport();
    }

    /** Answers "Yes" to the one question with this text and "No" to the others, then Done. */
    private void answer(String yesTo) {
        Locator questions = page.locator("vaadin-radio-group.yes-no");
        questions.first().waitFor();
        for (int i = 0; i < questions.count(); i++) {
            Locator question = questions.nth(i);
            boolean yes = question.textContent().contains(yesTo);
            question.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(yes ? "Yes" : "No"))
                    .click();
        }
        page.getByText("Done", new Page.GetByTextOptions().setExact(true)).click();
    }

    private void shoot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name)));
    }

    /** The computed background of the face drawn for one choice of the scale. */
    private String faceBackground(int choice) {
        return (String) painScale().nth(choice).locator(".face")
                .evaluate("face => getComputedStyle(face).backgroundColor");
    }

    private Locator painScale() {
        // each choice is a native radio button inside its big label
        return page.locator("bc-pain-scale label");
    }
}
