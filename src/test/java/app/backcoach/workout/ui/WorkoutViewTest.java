package app.backcoach.workout.ui;

import app.backcoach.KaribuTest;
import app.backcoach.MutableClock;
import app.backcoach.PhaseTimerDriver;
import app.backcoach.TestAccounts;
import app.backcoach.TestRoutines;
import app.backcoach.base.ui.NotFoundView;
import app.backcoach.base.ui.PhaseTimer;
import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.exercise.ExerciseService;
import app.backcoach.history.HistoryEntry;
import app.backcoach.history.HistoryService;
import app.backcoach.security.AccountPrincipal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.change.AbstractListChange;
import com.vaadin.flow.internal.change.ListClearChange;
import com.vaadin.flow.internal.change.MapPutChange;
import com.vaadin.flow.internal.change.NodeAttachChange;
import com.vaadin.flow.internal.change.NodeChange;
import com.vaadin.flow.internal.change.NodeDetachChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.web.util.HtmlUtils.htmlEscape;

class WorkoutViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryService history;
    @Autowired
    MutableClock clock;
    @Autowired
    ExerciseService exercises;

    private long routineId;

    @BeforeEach
    void openAShortRoutine() {
        AccountPrincipal me = signInAsNewUser();
        passSafetyCheck();
        routineId = TestRoutines.create(jdbc, me.id(), "Two quick tilts", "pelvic-tilt", 2, 2, 1, 0);
        ui().navigate("workout/" + routineId);
    }

    @Test
    void beforeTheStartTheRoutineIsDescribed() {
        assertThat(_get(_get(WorkoutIntro.class), H1.class).getText()).isEqualTo("Two quick tilts");
        assertThat(_find(Button.class)).extracting(Button::getText).contains("Start workout");
    }

    @Test
    void theWorkoutRunsPhaseByPhaseToTheSummaryAndIsSaved() {
        start();
        assertThat(phase()).isEqualTo("Get ready");
        assertThat(RepLine.asRead()).isEqualTo("Rep 1 of 2 · Set 1 of 1");

        finishPhase();
        assertThat(phase()).isEqualTo("Hold");
        assertThat(next()).isEqualTo("Next: Relax · 3 s");

        finishPhase();
        assertThat(phase()).isEqualTo("Relax");
        assertThat(RepLine.asRead()).as("the rep counter advanced").isEqualTo("Rep 2 of 2 · Set 1 of 1");

        finishPhase();
        assertThat(phase()).isEqualTo("Hold");
        finishPhase();

        assertThat(_get(_get(WorkoutSummary.class), H1.class).getText()).isEqualTo("Well done");
        assertThat(_find(Span.class, spec -> spec.withClasses("figure-value"))).extracting(Span::getText)
                .startsWith("1", "1", "2");
        HistoryEntry workout = history.page(0, 1).getFirst();
        assertThat(workout.status()).isEqualTo("COMPLETED");
        assertThat(history.detail(workout.id()).orElseThrow().sets()).singleElement()
                .satisfies(set -> assertThat(set.repsDone()).isEqualTo(2));
    }

    @Test
    void theGuideShowsTheExercisesStepsCautionsAndStopRuleAsOneElement() {
        start();

        ExerciseGuide guide = _get(ExerciseGuide.class);
        ExerciseInfo tilt = exercises.findBySlug("pelvic-tilt").orElseThrow();
        String shown = guide.getElement().getProperty("innerHTML");
        String pictureName = htmlEscape(guide.getTranslation("detail.pictureOf", tilt.name()));
        String stopRule = htmlEscape(guide.getTranslation("workout.stopRule"));
        assertThat(shown).contains("alt=\"" + pictureName + "\"")
                .containsSubsequence(listItems(tilt.steps()))
                .containsSubsequence(listItems(tilt.cautions()))
                .endsWith("<p class=\"stop-rule m-0\">" + stopRule + "</p>");
        assertThat(guide.getElement().getChildCount()).as("the guide's lines are markup, not components").isZero();
    }

    @Test
    void aHoldReportedTooEarlyDoesNotCountTheRep() {
        start();
        finishPhase();
        assertThat(phase()).isEqualTo("Hold");
        int phaseId = timer().getPhaseId();

        clock.advance(Duration.ofMillis(500));
        report(phaseId, 2_000);

        assertThat(phase()).isEqualTo("Hold");
        assertThat(RepLine.asRead()).isEqualTo("Rep 1 of 2 · Set 1 of 1");
        assertThat(timer().getPhaseId()).as("the timer is set again with the time left").isGreaterThan(phaseId);
        assertThat(timer().getElement().getProperty("remainingMs", 0.0)).isEqualTo(1_500.0);
    }

    @Test
    void pauseAndResumeChangeTheButtonAndKeepTheTimeLeft() {
        start();
        finishPhase();
        clock.advance(Duration.ofMillis(800));

        _click(_get(Button.class, spec -> spec.withText("Pause")));
        assertThat(RepLine.asRead()).isEqualTo("Paused");
        assertThat(timer().getElement().getProperty("paused", false)).isTrue();
        clock.advance(Duration.ofMinutes(5));

        _click(_get(Button.class, spec -> spec.withText("Resume")));
        assertThat(_find(Button.class)).extracting(Button::getText).contains("Pause").doesNotContain("Resume");
        assertThat(timer().getElement().getProperty("paused", true)).isFalse();
        clock.advance(Duration.ofMillis(1_200));
        report(timer().getPhaseId(), 2_000);
        assertThat(phase()).as("2 s of holding, 5 paused minutes not counted").isEqualTo("Relax");
    }

    @Test
    void aNewPhaseLeavesThePauseButtonAsItIs() {
        start();
        Button pause = _get(Button.class, spec -> spec.withText("Pause"));
        var icon = pause.getIcon();

        finishPhase();
        finishPhase();

        assertThat(phase()).isEqualTo("Relax");
        assertThat(pause.getText()).isEqualTo("Pause");
        assertThat(pause.getIcon()).as("nothing about the button is sent again at each phase").isSameAs(icon);
    }

    @Test
    void aPhaseReportIsAnsweredWithTheChangedTextsAlone() {
        start();
        finishPhase();
        List<NodeChange> changes = new ArrayList<>();
        ui().getInternals().getStateTree().collectChanges(change -> { });

        finishPhase();
        ui().getInternals().getStateTree().collectChanges(changes::add);

        assertThat(RepLine.asRead()).isEqualTo("Rep 2 of 2 · Set 1 of 1");
        assertThat(changes).as("the rep line's new words").anySatisfy(change -> assertThat(change)
                .isInstanceOfSatisfying(MapPutChange.class, put -> assertThat(put.getValue()).isEqualTo(RepLine.asSent())));
        assertThat(changes).as("no text taken out of its line and put back, changed or not")
                .noneMatch(change -> change instanceof AbstractListChange<?> || change instanceof ListClearChange<?>
                        || change instanceof NodeDetachChange || change instanceof NodeAttachChange);
    }

    @Test
    void finishingEarlySavesTheDoneRepsAsAPartialWorkout() {
        start();
        finishPhase();
        finishPhase();

        _click(_get(Button.class, spec -> spec.withText("Finish")));
        // a stray tap ends nothing: the workout pauses and asks
        assertThat(_get(FinishCheck.class).getElement().getTextRecursively()).contains("End the workout now?");
        assertThat(timer().getElement().getProperty("paused", false)).isTrue();
        assertThat(_find(WorkoutSummary.class)).isEmpty();
        assertThat(history.page(0, 1).getFirst().status()).isEqualTo("IN_PROGRESS");

        _click(_get(Button.class, spec -> spec.withText("End the workout")));

        assertThat(_get(_get(WorkoutSummary.class), H1.class).getText()).isEqualTo("Workout saved");
        assertThat(history.page(0, 1).getFirst().status()).isEqualTo("PARTIAL");
    }

    @Test
    void keepGoingAfterFinishGoesOnAsTheWorkoutWasRunningOrPaused() {
        start();
        finishPhase();
        String phaseBefore = phase();

        _click(_get(Button.class, spec -> spec.withText("Finish")));
        _click(_get(Button.class, spec -> spec.withText("Keep going")));

        assertThat(_find(FinishCheck.class)).as("the question, gone").isEmpty();
        assertThat(timer().getElement().getProperty("paused", true)).as("running again").isFalse();
        assertThat(phase()).isEqualTo(phaseBefore);
        assertThat(history.page(0, 1).getFirst().status()).isEqualTo("IN_PROGRESS");

        _click(_get(Button.class, spec -> spec.withText("Pause")));
        _click(_get(Button.class, spec -> spec.withText("Finish")));
        _click(_get(Button.class, spec -> spec.withText("Keep going")));

        assertThat(timer().getElement().getProperty("paused", false)).as("paused before, paused still").isTrue();
        assertThat(_find(WorkoutSummary.class)).isEmpty();
    }

    @Test
    void theFinishQuestionGoesWhenTheWorkoutGoesOnAnotherWayOrWhatHurtsIsAsked() {
        start();
        finishPhase();

        _click(_get(Button.class, spec -> spec.withText("Finish")));
        _click(_get(Button.class, spec -> spec.withText("Resume")));
        assertThat(_find(FinishCheck.class)).as("resumed by the Resume button").isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Finish")));
        _click(_get(Button.class, spec -> spec.withText("This hurts")));
        assertThat(_find(FinishCheck.class)).as("replaced by what hurts").isEmpty();
        assertThat(_find(HurtPanel.class)).hasSize(1);

        _click(_get(Button.class, spec -> spec.withText("Finish")));
        assertThat(_find(HurtPanel.class)).as("replaced by whether to finish").isEmpty();
        assertThat(_find(FinishCheck.class)).hasSize(1);

        // the same page, another workout: it starts without the question
        ui().navigate("workout/" + routineId);
        start();
        assertThat(_find(FinishCheck.class)).isEmpty();
        assertThat(timer().getElement().getProperty("paused", true)).isFalse();
    }

    @Test
    void aWorkoutSkippedToItsEndIsSavedAsPartialWithoutPraise() {
        start();
        PhaseTimer timer = timer();
        for (int presses = 0; presses < 20 && _find(WorkoutSummary.class).isEmpty(); presses++) {
            _click(_get(Button.class, spec -> spec.withText("Skip")));
        }

        assertThat(_get(_get(WorkoutSummary.class), H1.class).getText()).isEqualTo("Workout saved");
        assertThat(history.page(0, 1).getFirst().status()).isEqualTo("PARTIAL");
        assertThat(timer.getElement().getProperty("speech")).as("said at the end").isEqualTo("Your workout is saved.");
    }

    @Test
    void theMuteSwitchIsRememberedForThePerson() {
        start();
        _click(_get(Button.class, spec -> spec.withText("Sound off")));
        assertThat(timer().getElement().getProperty("muted", false)).isTrue();

        ui().navigate("workout/" + routineId);
        start();

        assertThat(_find(Button.class)).extracting(Button::getText).contains("Sound on");
        assertThat(timer().getElement().getProperty("muted", false)).isTrue();
    }

    @Test
    void anUnknownRoutineOrSomeoneElsesShowsNotFound() {
        ui().navigate("workout/no-such-routine");
        _get(NotFoundView.class);

        AccountPrincipal other = TestAccounts.create(accounts, "other");
        long theirs = TestRoutines.create(jdbc, other.id(), "Theirs", "pelvic-tilt", 2, 2, 1, 0);
        ui().navigate("workout/" + theirs);
        _get(NotFoundView.class);
    }

    private static List<String> listItems(List<String> lines) {
        return lines.stream().map(line -> "<li>" + htmlEscape(line) + "</li>").toList();
    }

    private void start() {
        _click(_get(Button.class, spec -> spec.withText("Start workout")));
    }

    /** Lets the current phase's time pass and reports its end, as the browser's timer does. */
    private void finishPhase() {
        long remaining = Math.round(timer().getElement().getProperty("remainingMs", 0.0));
        clock.advance(Duration.ofMillis(remaining));
        report(timer().getPhaseId(), remaining);
    }

    private void report(int phaseId, long elapsedMillis) {
        PhaseTimerDriver.endPhase(phaseId, elapsedMillis);
    }

    private static PhaseTimer timer() {
        return PhaseTimerDriver.timer();
    }

    private static String phase() {
        return timer().getElement().getProperty("label");
    }

    private static String next() {
        return _get(Span.class, spec -> spec.withClasses("workout-next")).getText();
    }
}
