package app.backcoach.e2e;

import app.backcoach.TestRoutines;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class WorkoutJourneyIT extends BrowserIT {

    /** Records, in page time, each request to the server and each phase the timer starts. */
    private static final String RECORDER = """
            () => {
              window.__log = [];
              const send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.send = function (...args) {
                window.__log.push({ type: 'request', at: performance.now() });
                return send.apply(this, args);
              };
              const fetchFn = window.fetch;
              window.fetch = function (...args) {
                window.__log.push({ type: 'request', at: performance.now() });
                return fetchFn.apply(this, args);
              };
              const timer = document.querySelector('bc-phase-timer');
              timer.addEventListener('phase-start',
                e => window.__log.push({ type: 'phase', label: e.detail.label, at: e.detail.at }));
              timer.addEventListener('phase-end', () => window.__log.push({ type: 'end', at: performance.now() }));
            }""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aShortRoutineRunsToItsSummaryWithOnlyTheReportAtTheStartOfAHoldAndItsSetsAreSaved() {
        String username = registerNewAccount();
        passSafetyCheck();
        long userId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        long routineId = TestRoutines.create(jdbc, userId, "Test tilts", "pelvic-tilt", 1, 2, 1, 0);

        page.navigate(url("workout/" + routineId));
        page.locator("bc-phase-timer").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED));
        page.evaluate(RECORDER);
        page.getByText("Start workout").click();

        assertThat(page.locator("bc-phase-timer[data-phase='Get ready']")).isAttached();
        assertThat(page.getByText("Well done")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(page.getByText("See history")).isVisible();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> log = (List<Map<String, Object>>) page.evaluate("() => window.__log");
        List<double[]> holds = holdIntervals(log);
        assertThat(holds).hasSize(2);
        for (double[] hold : holds) {
            // never short; late only by what a busy machine adds to the page's own timer (CI runs test forks side
            // by side: 1,149 ms was seen once). The timer's precision (|error| p99 <= 10 ms) is measured by
            // HoldTimerBenchmark on a quiet machine, not here.
            assertThat(hold[1] - hold[0]).as("a 1 s hold, timed in the page").isBetween(990.0, 1_250.0);
            // the report of the phase before may leave as the hold begins; nothing else is sent during it
            List<Map<String, Object>> during = log.stream().filter(entry -> entry.get("type").equals("request"))
                    .filter(request -> at(request) > hold[0] && at(request) < hold[1]).toList();
            assertThat(during).as("requests during a hold, page log %s", log).hasSizeLessThanOrEqualTo(1)
                    .allSatisfy(request -> assertThat(at(request) - hold[0]).isLessThan(100.0));
        }

        Map<String, Object> workout = jdbc.queryForMap("select * from workout where routine_id = ?", routineId);
        assertThat(workout).containsEntry("STATUS", "COMPLETED").containsEntry("USER_ID", userId);
        assertThat(jdbc.queryForList("select reps_done, measured_hold_millis from workout_set where workout_id = ?",
                workout.get("ID"))).singleElement().satisfies(set -> {
                    assertThat(set.get("REPS_DONE")).isEqualTo(2);
                    assertThat(set.get("MEASURED_HOLD_MILLIS").toString().split(",")).hasSize(2);
                });
    }

    @Test
    void spaceAndTheRightArrowPauseAndSkip() {
        registerNewAccount();
        passSafetyCheck();
        page.navigate(url("workout/quick-relief"));
        page.getByText("Start workout").click();
        assertThat(page.locator("bc-phase-timer[data-phase='Get ready']")).isAttached();

        page.keyboard().press("Space");
        assertThat(page.getByText("Resume", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)))
                .isVisible();
        page.keyboard().press("Space");
        assertThat(page.getByText("Pause", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)))
                .isVisible();

        page.keyboard().press("ArrowRight");
        assertThat(page.locator("bc-phase-timer[data-phase='Hold']")).isAttached();
    }

    /** From each "Hold" the timer shows to the next phase it shows. */
    private static List<double[]> holdIntervals(List<Map<String, Object>> log) {
        java.util.ArrayList<double[]> holds = new java.util.ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            if ("Hold".equals(log.get(i).get("label"))) {
                double start = at(log.get(i));
                log.stream().skip(i + 1).filter(e -> e.get("type").equals("phase")).findFirst()
                        .ifPresent(next -> holds.add(new double[] {start, at(next)}));
            }
        }
        return holds;
    }

    private static double at(Map<String, Object> entry) {
        return ((Number) entry.get("at")).doubleValue();
    }
}
