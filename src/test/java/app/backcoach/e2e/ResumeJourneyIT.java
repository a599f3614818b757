package app.backcoach.e2e;

import app.backcoach.Application;
import app.backcoach.TestAccounts;
import app.backcoach.TestRoutines;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workout cut off in the middle goes on where it stopped: after the page is reloaded, and after the server
 * is restarted on the same database file.
 */
class ResumeJourneyIT extends BrowserIT {

    private static final String RESUME = "Resume where you left off (exercise 1 of 1, set 2 of 2)";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReloadInTheMiddleOfAWorkoutOffersToGoOnAndItStaysOneWorkout() {
        String username = registerNewAccount();
        passSafetyCheck();
        long userId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        long routineId = TestRoutines.create(jdbc, userId, "Two short sets", "pelvic-tilt", 1, 1, 2, 5);

        page.navigate(url("workout/" + routineId));
        page.getByText("Start workout").click();
        assertThat(page.locator(".workout-position")).hasText("Rep 1 of 1 · Set 2 of 2",
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        page.setViewportSize(390, 844);
        page.reload();

        var resume = page.getByText(RESUME);
        assertThat(resume).isVisible();
        assertThat((Boolean) resume.evaluate("button => { const label = button.shadowRoot.querySelector('[part=label]');"
                + " return label.scrollWidth <= label.clientWidth + 1; }"))
                .as("on a phone the offer's words wrap instead of being cut off").isTrue();
        resume.click();
        assertThat(page.locator(".workout-position")).hasText("Rep 1 of 1 · Set 2 of 2");
        assertThat(page.getByText("Well done")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));

        List<Map<String, Object>> workouts = jdbc.queryForList("select * from workout where routine_id = ?", routineId);
        assertThat(workouts).singleElement().satisfies(workout -> assertThat(workout).containsEntry("STATUS", "COMPLETED"));
        assertThat(jdbc.queryForObject("select count(*) from workout_set where workout_id = ?", Integer.class,
                workouts.getFirst().get("ID"))).isEqualTo(2);
    }

    @Test
    void aServerRestartInTheMiddleOfAWorkoutOffersToGoOnAfterSigningInAgain(@TempDir Path data) throws IOException {
        int port = PackagedApp.freePort();
        String database = "jdbc:h2:file:" + data.resolve("backcoach").toAbsolutePath();
        String base = "http://localhost:" + port + "/";
        long routineId;
        String username = TestAccounts.uniqueName("restart");
        try (Playwright playwright = newPlaywright()) {
            Browser browser = launch(playwright);
            Page page = browser.newPage();
            page.setDefaultTimeout(20_000);
            try (ConfigurableApplicationContext app = start(database, port)) {
                register(page, base, username);
                passSafetyCheck(page, base + "safety");
                JdbcTemplate db = app.getBean(JdbcTemplate.class);
                long userId = db.queryForObject("select id from app_user where username = ?", Long.class, username);
                routineId = TestRoutines.create(db, userId, "Two short sets", "pelvic-tilt", 1, 1, 2, 20);
                page.navigate(base + "workout/" + routineId);
                page.getByText("Start workout").click();
                assertThat(page.locator(".workout-position")).hasText("Rep 1 of 1 · Set 2 of 2",
                        new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            }
            try (ConfigurableApplicationContext app = start(database, port)) {
                page.navigate(base + "login");
                page.getByLabel("Username").fill(username);
                page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
                submitSignIn(page);
                page.waitForURL(base);
                page.navigate(base + "workout/" + routineId);

                page.getByText(RESUME).click();
                assertThat(page.getByText("Well done")).isVisible(
                        new LocatorAssertions.IsVisibleOptions().setTimeout(40_000));
                JdbcTemplate db = app.getBean(JdbcTemplate.class);
                List<Map<String, Object>> workouts = db.queryForList("select * from workout where routine_id = ?",
                        routineId);
                assertThat(workouts).singleElement()
                        .satisfies(workout -> assertThat(workout).containsEntry("STATUS", "COMPLETED"));
                assertThat(db.queryForObject("select count(*) from workout_set where workout_id = ?", Integer.class,
                        workouts.getFirst().get("ID"))).isEqualTo(2);
            }
        }
    }

    private static ConfigurableApplicationContext start(String database, int port) {
        return new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--spring.datasource.url=" + database, "--server.port=" + port, "--spring.main.banner-mode=off");
    }

    private static void register(Page page, String base, String username) {
        page.navigate(base + "register");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
        page.getByLabel("Password again").fill(TestAccounts.PASSWORD);
        page.getByText("Create account", new Page.GetByTextOptions().setExact(true)).click();
        page.waitForURL(base);
    }
}
