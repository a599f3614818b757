package app.backcoach.workout.ui;

import app.backcoach.KaribuTest;
import app.backcoach.MutableClock;
import app.backcoach.PhaseTimerDriver;
import app.backcoach.TestRoutines;
import app.backcoach.security.AccountPrincipal;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The picture of a workout page's first screen in its HTML: only where that screen begins with it. */
class WorkoutFirstPaintTest extends KaribuTest {

    @Autowired
    WorkoutFirstPaint firstPaint;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void showsTheRoutinesTitleAndSummaryInertAndEscaped() {
        AccountPrincipal me = signInAsNewUser();
        long routine = TestRoutines.create(jdbc, me.id(), "Tilts <b>&</b> more", "pelvic-tilt", 5, 3, 2, 5);
        jdbc.update("update routine set description = ? where id = ?", "Slow\"><svg onload=alert(3)></p>", routine);

        assertThat(firstPaint.picture(String.valueOf(routine))).hasValueSatisfying(picture -> assertThat(picture)
                .startsWith("<div id=\"first-paint\" class=\"first-paint\" inert aria-hidden=\"true\">")
                .contains("<h1>Tilts &lt;b&gt;&amp;&lt;/b&gt; more</h1>", "<div class=\"routine-summary\">",
                        "Slow\"&gt;&lt;svg onload=alert(3)&gt;&lt;/p&gt;",
                        "<li>Pelvic tilt: Hold 5 s · 3 reps · 2 sets</li>")
                .doesNotContain("<b>", "<svg", "Start workout"));
    }

    @Test
    void isDrawnForTheAddressOfARoutinesWorkoutPageOnly() {
        assertThat(WorkoutFirstPaint.ADDRESS.matcher("/workout/quick-relief").matches()).isTrue();
        assertThat(WorkoutFirstPaint.ADDRESS.matcher("/workout/12").matches()).isTrue();
        assertThat(WorkoutFirstPaint.ADDRESS.matcher("/workout/12/more").matches()).isFalse();
        assertThat(WorkoutFirstPaint.ADDRESS.matcher("/workouts/12").matches()).isFalse();
        assertThat(WorkoutFirstPaint.ADDRESS.matcher("/history/12").matches()).isFalse();
    }

    @Test
    void noPictureForARoutineThePersonCannotOpen() {
        AccountPrincipal someoneElse = signInAsNewUser();
        long theirs = TestRoutines.create(jdbc, someoneElse.id(), "Theirs", "pelvic-tilt", 5, 3, 2, 5);
        signInAsNewUser();

        assertThat(firstPaint.picture(String.valueOf(theirs))).isEmpty();
        assertThat(firstPaint.picture("no-such-routine")).isEmpty();
        assertThat(firstPaint.picture("quick-relief")).isPresent();
    }

    @Test
    void noPictureWhenAWorkoutCanBeResumedForItsOfferComesFirst() {
        AccountPrincipal me = signInAsNewUser();
        passSafetyCheck();
        long routine = TestRoutines.create(jdbc, me.id(), "Two sets of tilts", "pelvic-tilt", 2, 2, 2, 5);
        ui().navigate("workout/" + routine);
        _click(_get(Button.class, spec -> spec.withText("Start workout")));
        while (!RepLine.asRead().endsWith("Set 2 of 2")) {
            PhaseTimerDriver.finishPhase(clock);
        }
        ui().navigate("history");

        assertThat(firstPaint.picture(String.valueOf(routine))).isEmpty();
    }

    @Test
    void noPictureWhileTheStopRulesAdviseSomethingForTheirAdviceComesFirst() {
        signInAsNewUser();
        passSafetyCheck();
        assertThat(firstPaint.picture("flexion")).isPresent();
        ui().navigate("workout/flexion");
        _click(_get(Button.class, spec -> spec.withText("Start workout")));
        PhaseTimerDriver.finishPhase(clock);
        _click(_get(Button.class, spec -> spec.withText("This hurts")));
        _click(_get(Button.class, spec -> spec.withText("Sharp pain")));

        assertThat(firstPaint.picture("flexion")).isEmpty();
    }
}
