package app.backcoach.workout.ui;

import app.backcoach.base.ui.PhaseTimer;
import app.backcoach.KaribuTest;
import app.backcoach.MutableClock;
import app.backcoach.TestRoutines;
import app.backcoach.safety.LegSymptoms;
import app.backcoach.safety.ui.AdviceBox;
import app.backcoach.safety.ui.PainScale;
import app.backcoach.security.AccountPrincipal;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.JsonNodeFactory;

import java.time.Duration;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Pain before and after a workout, the leg-symptoms question after press-ups, and the advice they bring. */
class WorkoutPainTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private AccountPrincipal me;

    @Test
    void painBeforeAndAfterAreStoredWithTheWorkout() {
        long routineId = openRoutine("pelvic-tilt");
        _get(PainScale.class).setValue(4);
        start();
        runToTheEnd();

        assertThat(_find(RadioButtonGroup.class).stream().filter(group -> !(group instanceof PainScale)))
                .as("no press-ups, no question about the legs").isEmpty();
        _get(PainScale.class).setValue(5);

        Map<String, Object> stored = jdbc.queryForMap(
                "select pain_before, pain_after, leg_symptoms from workout where routine_id = ?", routineId);
        assertThat(stored).containsEntry("PAIN_BEFORE", 4).containsEntry("PAIN_AFTER", 5).containsEntry("LEG_SYMPTOMS", null);
        assertThat(_find(AdviceBox.class)).as("no advice").isEmpty();
    }

    @Test
    void ratingsAreOptional() {
        long routineId = openRoutine("pelvic-tilt");
        start();
        runToTheEnd();

        Map<String, Object> stored = jdbc.queryForMap("select pain_before, pain_after from workout where routine_id = ?",
                routineId);
        assertThat(stored).containsEntry("PAIN_BEFORE", null).containsEntry("PAIN_AFTER", null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void legSymptomsSpreadingAfterPressUpsShowTheAdviceToStop() {
        long routineId = openRoutine("prone-press-up");
        start();
        runToTheEnd();

        RadioButtonGroup<LegSymptoms> legs = _get(RadioButtonGroup.class, spec -> spec.withClasses("leg-symptoms"));
        legs.setValue(LegSymptoms.SPREADING);

        assertThat(jdbc.queryForObject("select leg_symptoms from workout where routine_id = ?", String.class, routineId))
                .isEqualTo("SPREADING");
        AdviceBox advice = _get(AdviceBox.class);
        assertThat(_get(advice, H2.class).getText()).isEqualTo("Stop the press-ups");
        _get(advice, Button.class, spec -> spec.withText("Open the Flexion routine"));
        assertThat(advice.getElement().getTextRecursively()).contains("Source:");

        ui().navigate("workout/extension");
        assertThat(_get(_get(WorkoutIntro.class), AdviceBox.class).getElement().getTextRecursively())
                .as("the advice shows before a routine with press-ups").contains("Stop the press-ups");
        ui().navigate("workout/flexion");
        assertThat(_find(_get(WorkoutIntro.class), AdviceBox.class)).as("but not before one without").isEmpty();
        ui().navigate("workout/" + routineId);
        start();
        runToTheEnd();
        legs = _get(RadioButtonGroup.class, spec -> spec.withClasses("leg-symptoms"));
        legs.setValue(LegSymptoms.GONE_OR_CENTRAL);
        assertThat(_find(AdviceBox.class)).as("the latest answer counts").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdvicesFlexionButtonStartsAFreshWorkoutOfThatRoutine() {
        me = signInAsNewUser();
        passSafetyCheck();
        long pressUps = TestRoutines.create(jdbc, me.id(), "Three press-ups", "prone-press-up", 1, 3, 1, 0);
        ui().navigate("workout/" + pressUps);
        start();
        finishPhases(2);
        _click(_get(Button.class, spec -> spec.withText("Finish")));
        RadioButtonGroup<LegSymptoms> legs = _get(RadioButtonGroup.class, spec -> spec.withClasses("leg-symptoms"));
        legs.setValue(LegSymptoms.SPREADING);

        _click(_get(Button.class, spec -> spec.withText("Open the Flexion routine")));

        assertThat(_find(WorkoutSummary.class)).as("the last workout's summary is gone").isEmpty();
        assertThat(_get(_get(WorkoutIntro.class), H1.class).getText()).isEqualTo("Flexion");
        start();
        runToTheEnd(600);
        assertThat(jdbc.queryForObject("select status from workout where routine_id = 3 and user_id = ?", String.class,
                me.id())).as("not marked as finished early like the last one").isEqualTo("COMPLETED");
    }

    private long openRoutine(String exercise) {
        me = signInAsNewUser();
        passSafetyCheck();
        long routineId = TestRoutines.create(jdbc, me.id(), "Short one", exercise, 1, 1, 1, 0);
        ui().navigate("workout/" + routineId);
        return routineId;
    }

    private void start() {
        _click(_get(Button.class, spec -> spec.withText("Start workout")));
    }

    private void runToTheEnd() {
        runToTheEnd(10);
    }

    private void runToTheEnd(int maxPhases) {
        finishPhases(maxPhases);
        _get(WorkoutSummary.class);
    }

    private void finishPhases(int maxPhases) {
        for (int phase = 0; phase < maxPhases && _find(WorkoutSummary.class).isEmpty(); phase++) {
            PhaseTimer timer = _get(PhaseTimer.class);
            long remaining = Math.round(timer.getElement().getProperty("remainingMs", 0.0));
            clock.advance(Duration.ofMillis(remaining));
            BasicUtilsKt._fireDomEvent(timer, "phase-end", JsonNodeFactory.instance.objectNode()
                    .put("event.detail.phaseId", timer.getPhaseId()).put("event.detail.elapsedMs", remaining));
        }
    }
}
