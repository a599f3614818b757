package app.backcoach.workout.ui;

import app.backcoach.KaribuTest;
import app.backcoach.MutableClock;
import app.backcoach.PhaseTimerDriver;
import app.backcoach.TestRoutines;
import app.backcoach.base.ui.AdviceBox;
import app.backcoach.base.ui.PainScale;
import app.backcoach.history.HistoryEntry;
import app.backcoach.history.HistoryService;
import app.backcoach.history.SetLine;
import app.backcoach.safety.LegSymptoms;
import app.backcoach.security.AccountPrincipal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Pain before and after a workout, the leg-symptoms question after press-ups, and the advice they bring. */
class WorkoutPainTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryService history;
    @Autowired
    MutableClock clock;

    private AccountPrincipal me;

    @Test
    void painBeforeAndAfterAreStoredWithTheWorkout() {
        long routineId = openRoutine("pelvic-tilt");
        _get(PainScale.class).setValue(4);
        start();
        runToTheEnd();

        assertThat(_find(RadioButtonGroup.class))
                .as("no press-ups, no question about the legs").isEmpty();
        _get(PainScale.class).setValue(5);

        HistoryEntry stored = history.page(0, 1).getFirst();
        assertThat(stored.painBefore()).isEqualTo(4);
        assertThat(stored.painAfter()).isEqualTo(5);
        assertThat(jdbc.queryForObject("select leg_symptoms from workout where routine_id = ?", String.class, routineId))
                .as("not asked, not stored").isNull();
        assertThat(_find(AdviceBox.class)).as("no advice").isEmpty();
    }

    @Test
    void ratingsAreOptional() {
        long routineId = openRoutine("pelvic-tilt");
        start();
        runToTheEnd();

        HistoryEntry stored = history.page(0, 1).getFirst();
        assertThat(stored.painBefore()).isNull();
        assertThat(stored.painAfter()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void legSymptomsSpreadingAfterPressUpsSayCallADoctorTodayAndLeaveThePressUpsOutUntilTheySettle() {
        long routineId = openRoutine("prone-press-up");
        start();
        runToTheEnd();

        RadioButtonGroup<LegSymptoms> legs = _get(RadioButtonGroup.class, spec -> spec.withClasses("leg-symptoms"));
        assertThat(legs.getListDataView().getItems()).contains(LegSymptoms.NONE);
        legs.setValue(LegSymptoms.SPREADING);

        assertThat(jdbc.queryForObject("select leg_symptoms from workout where routine_id = ?", String.class, routineId))
                .isEqualTo("SPREADING");
        AdviceBox advice = _get(AdviceBox.class);
        assertThat(_get(advice, H2.class).getText()).isEqualTo("Call your doctor today");
        assertThat(advice.getElement().getTextRecursively()).contains("Source:").doesNotContain("Flexion");

        ui().navigate("workout/extension");
        WorkoutIntro intro = _get(WorkoutIntro.class);
        assertThat(intro.getElement().getTextRecursively())
                .contains("The press-ups are left out while your leg symptoms are spreading")
                .doesNotContain("Prone press-up");
        start();
        runToTheEnd(200);
        List<HistoryEntry> workouts = history.page(0, 2);
        assertThat(history.detail(workouts.get(1).id()).orElseThrow().sets()).extracting(SetLine::exerciseKey)
                .as("the first workout had them").contains("prone-press-up");
        assertThat(history.detail(workouts.get(0).id()).orElseThrow().sets()).extracting(SetLine::exerciseKey)
                .as("the workout skipped them").containsOnly("pelvic-tilt");

        ui().navigate("");
        _click(_get(Button.class, spec -> spec.withText("My leg symptoms have settled")));
        ui().navigate("workout/extension");
        assertThat(_get(WorkoutIntro.class).getElement().getTextRecursively()).contains("Prone press-up");
    }

    @Test
    void thisHurtsPausesAsksWhatHappenedSavesItAndOffersToSkipTheExercise() {
        me = signInAsNewUser();
        passSafetyCheck();
        ui().navigate("workout/flexion");
        start();
        finishPhases(1);
        String first = currentExercise();

        _click(_get(Button.class, spec -> spec.withText("This hurts")));
        assertThat(_get(Button.class, spec -> spec.withText("Resume")).isVisible()).as("the workout paused").isTrue();
        HurtPanel panel = _get(HurtPanel.class);
        assertThat(_get(panel, H2.class).getText()).isEqualTo("What happened?");
        _click(_get(panel, Button.class, spec -> spec.withText("Sharp pain")));

        assertThat(jdbc.queryForList("select kind from hurt_report where user_id = ?", String.class, me.id()))
                .containsExactly("SHARP");
        assertThat(_get(panel, H2.class).getText()).isEqualTo("Stop this exercise");
        _click(_get(panel, Button.class, spec -> spec.withText("Skip this exercise")));
        assertThat(panel.isVisible()).isFalse();
        assertThat(currentExercise()).as("on to the next exercise").isNotEqualTo(first);
        assertThat(_get(Button.class, spec -> spec.withText("Pause")).isVisible()).as("running again").isTrue();

        ui().navigate("");
        assertThat(_get(AdviceBox.class).getElement().getTextRecursively()).contains("Stop for today");
        Button start = _get(Button.class, spec -> spec.withClasses("start-button"));
        assertThat(start.getThemeNames()).as("Start is secondary while the advice applies").doesNotContain("primary");
    }

    @Test
    void painOfEightBeforeSuggestsRestFirstButThePersonMayStillStart() {
        openRoutine("pelvic-tilt");
        _get(PainScale.class).setValue(8);
        start();
        assertThat(_find(WorkoutSummary.class)).isEmpty();
        assertThat(_get(WorkoutIntro.class).getElement().getTextRecursively()).contains("Rest today instead?");
        _get(Button.class, spec -> spec.withText("Go to home care"));
        start();
        assertThat(_find(WorkoutIntro.class)).as("started after reading it").isEmpty();
    }

    private String currentExercise() {
        return _get(H1.class, spec -> spec.withClasses("workout-exercise-name")).getText();
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
            long remaining = PhaseTimerDriver.remainingMillis();
            clock.advance(Duration.ofMillis(remaining));
            PhaseTimerDriver.endPhase(remaining);
        }
    }
}
