package app.backcoach.workout.ui;

import app.backcoach.KaribuTest;
import app.backcoach.MutableClock;
import app.backcoach.PhaseTimerDriver;
import app.backcoach.TestRoutines;
import app.backcoach.history.HistoryService;
import app.backcoach.security.AccountPrincipal;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A workout the person left (another page, a closed tab) is offered again, and goes on where it stopped. */
class ResumeWorkoutViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    HistoryService history;

    private long routineId;

    @BeforeEach
    void openARoutineOfTwoSets() {
        AccountPrincipal me = signInAsNewUser();
        passSafetyCheck();
        routineId = TestRoutines.create(jdbc, me.id(), "Two sets of tilts", "pelvic-tilt", 2, 2, 2, 5);
        ui().navigate("workout/" + routineId);
    }

    @Test
    void aWorkoutLeftAfterItsFirstSetGoesOnAtTheSecondAsOneWorkout() {
        _click(_get(Button.class, spec -> spec.withText("Start workout")));
        while (!RepLine.asRead().endsWith("Set 2 of 2")) {
            PhaseTimerDriver.finishPhase(clock);
        }
        ui().navigate("history");

        ui().navigate("workout/" + routineId);
        assertThat(_find(Button.class)).extracting(Button::getText)
                .contains("Resume where you left off (exercise 1 of 1, set 2 of 2)", "Start again")
                .doesNotContain("Start workout");
        _click(_get(Button.class, spec -> spec.withText("Resume where you left off (exercise 1 of 1, set 2 of 2)")));

        assertThat(RepLine.asRead()).isEqualTo("Rep 1 of 2 · Set 2 of 2");
        for (int phase = 0; phase < 10 && _find(WorkoutSummary.class).isEmpty(); phase++) {
            PhaseTimerDriver.finishPhase(clock);
        }
        _get(WorkoutSummary.class);
        assertThat(history.count()).as("one workout, not two").isEqualTo(1);
        assertThat(history.page(0, 1).getFirst().setsDone()).isEqualTo(2);
        assertThat(history.page(0, 1).getFirst().status()).isEqualTo("COMPLETED");
    }

    @Test
    void startAgainBeginsANewWorkoutAndLeavesTheFirstPartial() {
        _click(_get(Button.class, spec -> spec.withText("Start workout")));
        while (!RepLine.asRead().endsWith("Set 2 of 2")) {
            PhaseTimerDriver.finishPhase(clock);
        }
        ui().navigate("history");
        ui().navigate("workout/" + routineId);

        _click(_get(Button.class, spec -> spec.withText("Start again")));

        assertThat(RepLine.asRead()).isEqualTo("Rep 1 of 2 · Set 1 of 2");
        assertThat(history.count()).isEqualTo(2);
        assertThat(history.page(1, 1).getFirst().status()).isEqualTo("PARTIAL");
    }
}
